package org.syncytium.launcher.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A Maven local repository for builds of generated plugin projects, inside target/: third-party
 * artifacts are symbolic links into this build's own local repository (filled by the same build,
 * also on a clean CI machine), and Syncytium's artifacts (parent pom, api, test kit) are copied in
 * from the reactor, as {@code mvn install} would put them, so the shared repository is never
 * written with Syncytium snapshots.
 */
final class PrivateRepository {

    private PrivateRepository() {
    }

    static Path create(Path target, Path outer, Path root, String version) throws IOException {
        Files.createDirectories(target);
        linkAllBut(outer, target, "org");
        Path org = Files.createDirectories(target.resolve("org"));
        if (Files.isDirectory(outer.resolve("org"))) {
            linkAllBut(outer.resolve("org"), org, "syncytium");
        }
        Path syncytium = Files.createDirectories(org.resolve("syncytium"));
        install(syncytium, "syncytium-parent", version, root.resolve("pom.xml"), null);
        install(syncytium, "syncytium-api", version, root.resolve("api/pom.xml"), root.resolve("api/target/syncytium-api-" + version + ".jar"));
        install(syncytium, "syncytium-plugin-testkit", version, root.resolve("plugin-testkit/pom.xml"),
                root.resolve("plugin-testkit/target/syncytium-plugin-testkit-" + version + ".jar"));
        return target;
    }

    private static void linkAllBut(Path from, Path to, String except) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                Path link = to.resolve(entry.getFileName().toString());
                if (!entry.getFileName().toString().equals(except) && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, entry.toAbsolutePath());
                }
            }
        }
    }

    private static void install(Path group, String artifact, String version, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(group.resolve(artifact).resolve(version));
        Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the reactor must be built before this test");
            }
            Files.copy(jar, folder.resolve(artifact + "-" + version + ".jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
