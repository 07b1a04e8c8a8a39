package org.syncytium.plugins.nestml.service;

import java.io.File;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.syncytium.api.error.SyncytiumException;

/**
 * Makes {@code .nestml} files in Apache Felix File Install's watched folders load, reload and unload
 * like bundles: File Install calls install / update / uninstall as files appear, change and go. Only
 * registered when File Install is in the framework (this class is not loaded otherwise). A bad file is
 * reported in one line with file:line (File Install keeps watching; the previous models stay).
 */
final class NestmlArtifactInstaller implements ArtifactInstaller {

    private final NestmlLoader loader;

    NestmlArtifactInstaller(NestmlLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".nestml");
    }

    @Override
    public void install(File artifact) {
        load(artifact);
    }

    @Override
    public void update(File artifact) {
        load(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        java.util.List<String> names = loader.unload(artifact.toPath());
        if (!names.isEmpty()) {
            System.out.println("deploy: " + artifact.getName() + " removed: " + String.join(", ", names) + " unloaded");
        }
    }

    private void load(File artifact) {
        try {
            java.util.List<String> names = loader.load(artifact.toPath());
            System.out.println("deploy: " + artifact.getName() + ": NESTML model" + (names.size() == 1 ? " " : "s ")
                    + String.join(", ", names) + " loaded");
        } catch (SyncytiumException e) {
            // one line where the shell's user looks; File Install keeps watching, the previous models stay
            System.err.println("error: " + e.getMessage());
        }
    }
}
