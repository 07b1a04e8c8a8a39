package org.syncytium.launcher.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The distribution the build assembled (target/syncytium), as the integration tests use it. */
final class DistributionFolders {

    private DistributionFolders() {
    }

    static Path home() {
        return Path.of(System.getProperty("syncytium.distribution", "target/syncytium"));
    }

    static Path bundles() {
        return home().resolve("bundles");
    }

    /** The bundle jar whose file name starts with {@code prefix}. */
    static Path jar(String prefix) {
        try (Stream<Path> files = Files.list(bundles())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + bundles()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
