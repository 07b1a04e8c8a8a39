package org.syncytium.launcher.felix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the bundle jars of some folders export and provide, read from their manifests without
 * installing them: answers "which bundle would provide package P?" for error messages.
 */
public final class BundleIndex {

    /**
     * One bundle jar.
     *
     * @param jar          the file
     * @param symbolicName {@code Bundle-SymbolicName} without directives
     * @param version      {@code Bundle-Version}
     * @param exports      the packages of {@code Export-Package}
     * @param capabilities the clauses of {@code Provide-Capability}
     * @param requirements the clauses of {@code Require-Capability}
     * @param imports      the clauses of {@code Import-Package}
     */
    public record Entry(Path jar, String symbolicName, String version, List<String> exports,
            List<ManifestClauses> capabilities, List<ManifestClauses> requirements, List<ManifestClauses> imports) {
    }

    private final List<Entry> entries;

    private BundleIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /** Every bundle jar directly inside the folders that exist; jars that are not bundles are left out. */
    public static BundleIndex of(List<Path> folders) {
        List<Entry> entries = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    read(jar).ifPresent(entries::add);
                }
            } catch (IOException e) {
                // an unreadable folder adds nothing to the index
            }
        }
        return new BundleIndex(List.copyOf(entries));
    }

    /** The manifest of {@code jar} as an entry; empty if it is no OSGi bundle or cannot be read. */
    public static Optional<Entry> read(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                return Optional.empty();
            }
            Attributes main = file.getManifest().getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            if (name == null) {
                return Optional.empty();
            }
            List<String> exports = new ArrayList<>();
            ManifestClauses.parse(main.getValue("Export-Package")).forEach(c -> exports.addAll(c.names()));
            String version = main.getValue("Bundle-Version");
            return Optional.of(new Entry(jar, name.split(";")[0].trim(), version == null ? "0.0.0" : version, exports,
                    ManifestClauses.parse(main.getValue("Provide-Capability")),
                    ManifestClauses.parse(main.getValue("Require-Capability")),
                    ManifestClauses.parse(main.getValue("Import-Package"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** All bundles of the index. */
    public List<Entry> entries() {
        return entries;
    }

    /** The bundles that export {@code packageName}. */
    public List<Entry> exporters(String packageName) {
        return entries.stream().filter(e -> e.exports().contains(packageName)).toList();
    }

    /** The bundles with a capability in {@code namespace} whose attribute {@code key} is {@code value}. */
    public List<Entry> providers(String namespace, String key, String value) {
        return entries.stream().filter(e -> e.capabilities().stream().anyMatch(c -> c.names().contains(namespace)
                && value.equals(c.attributes().get(key)))).toList();
    }

    /**
     * A suffix for a problem line that names the bundle exporting the missing package of
     * {@code reason} (as {@link BundleProblems#reason} words it), e.g.
     * {@code "; install org.syncytium.plugin-support (bundles/syncytium-plugin-support-0.1.0.jar) which exports it"}.
     */
    public String remedy(String reason) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("missing package ([\\w.]+)").matcher(reason);
        if (!m.find()) {
            return "";
        }
        List<Entry> exporters = exporters(m.group(1));
        if (exporters.isEmpty()) {
            return "; no bundle of the distribution exports it";
        }
        Entry e = exporters.get(0);
        return "; bundle " + e.symbolicName() + " (" + e.jar().getFileName() + ") exports it";
    }
}
