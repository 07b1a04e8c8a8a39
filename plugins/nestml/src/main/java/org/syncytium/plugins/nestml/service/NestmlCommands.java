package org.syncytium.plugins.nestml.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.syncytium.api.error.SyncytiumException;

/**
 * Shell commands ({@code load FILE}, {@code unload FILE}, {@code list}, scope {@code nestml}), registered as a
 * plain service with Gogo's command properties, so this bundle needs no shell classes. Each prints its
 * result (the shell prints nothing for a command); a bad file prints {@code error: file:line: ...} on
 * stderr in one line and changes nothing.
 */
public final class NestmlCommands {

    /** The Gogo command functions this object offers. */
    static final String[] FUNCTIONS = {"load", "unload", "list"};

    private final NestmlLoader loader;

    NestmlCommands(NestmlLoader loader) {
        this.loader = loader;
    }

    /** Loads or replaces the models of a NESTML file. */
    public void load(String file) {
        try {
            List<String> names = loader.load(Path.of(file));
            System.out.println("loaded " + String.join(", ", names) + " from " + file);
        } catch (SyncytiumException e) {
            System.err.println("error: " + e.getMessage());
        }
    }

    /** Removes the models loaded from a NESTML file. */
    public void unload(String file) {
        List<String> names = loader.unload(Path.of(file));
        System.out.println(names.isEmpty() ? "nothing was loaded from " + file : "removed " + String.join(", ", names));
    }

    /** The loaded files and their models. */
    public void list() {
        Map<Path, List<String>> loaded = loader.loaded();
        if (loaded.isEmpty()) {
            System.out.println("no NESTML file loaded");
            return;
        }
        loaded.forEach((file, names) -> System.out.println(file + ": " + String.join(", ", names)));
    }
}
