package org.syncytium.core.record;

import java.nio.file.Path;
import org.syncytium.api.record.RecordingContext;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.settings.KernelSettings;

/**
 * The kernel's settings as they are when asked, for recorder {@code recorderId}: what a recording is
 * handed when it is created, to tell where it will write before a run opens it.
 */
public record CurrentRecordingContext(KernelSettings settings, NodeManager nodes, long recorderId)
        implements RecordingContext {

    @Override
    public double resolution() {
        return settings.resolution();
    }

    @Override
    public Path dataPath() {
        return settings.dataPath();
    }

    @Override
    public String dataPrefix() {
        return settings.dataPrefix();
    }

    @Override
    public boolean overwriteFiles() {
        return settings.overwriteFiles();
    }

    @Override
    public long nodeCount() {
        return nodes.size();
    }
}
