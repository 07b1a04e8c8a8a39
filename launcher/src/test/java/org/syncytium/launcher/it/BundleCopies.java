package org.syncytium.launcher.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Copies of built plugin bundles under another name, as a second vendor of the same model would ship. */
final class BundleCopies {

    private BundleCopies() {
    }

    /**
     * Copies {@code jar} to {@code target} with another {@code Bundle-SymbolicName} and, if
     * {@code ranking} is not null, a {@code service.ranking} property on every DS component.
     */
    static Path renamed(Path jar, Path target, String symbolicName, Integer ranking) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-SymbolicName"), symbolicName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (ranking != null && entry.getName().startsWith("OSGI-INF/") && entry.getName().endsWith(".xml")) {
                        String xml = new String(bytes, StandardCharsets.UTF_8);
                        xml = xml.replace("<service>", "<property name=\"service.ranking\" type=\"Integer\" value=\""
                                + ranking + "\"/>\n  <service>");
                        bytes = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    /** A jar with classes but no OSGi manifest headers: not a bundle. */
    static Path plainJar(Path target) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest);
                InputStream nothing = InputStream.nullInputStream()) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("not a bundle".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return target;
    }
}
