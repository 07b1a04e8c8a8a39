package org.syncytium.launcher.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Bundle folders with a faulty bundle added, built on the fly (an activator compiled with javac). */
final class FaultyBundles {

    private FaultyBundles() {
    }

    /** A copy of the distribution's bundle folder in {@code folder}/bundles. */
    static Path distributionCopy(Path folder) throws IOException {
        Path source = Path.of(System.getProperty("syncytium.distribution", "target/syncytium")).resolve("bundles");
        Path copy = Files.createDirectories(folder.resolve("bundles"));
        try (Stream<Path> jars = Files.list(source)) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, copy.resolve(jar.getFileName()));
            }
        }
        return copy;
    }

    static Manifest plainManifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.example.Main");
        return manifest;
    }

    /** A bundle {@code name} whose activator's start runs {@code body}. */
    static Path activatorBundle(Path bundles, String name, String body) throws IOException {
        Path work = Files.createTempDirectory("syncytium-faulty-bundle");
        try {
            Path sources = Files.createDirectories(work.resolve("src/org/example"));
            Files.writeString(sources.resolve("Faulty.java"), "package org.example;\n"
                    + "public class Faulty implements org.osgi.framework.BundleActivator {\n"
                    + "  public void start(org.osgi.framework.BundleContext c) throws Exception { " + body + " }\n"
                    + "  public void stop(org.osgi.framework.BundleContext c) {}\n}\n");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, "-d", work.resolve("classes").toString(), "-cp",
                    System.getProperty("java.class.path"), sources.resolve("Faulty.java").toString());
            if (status != 0) {
                throw new IllegalStateException("javac failed on the faulty activator");
            }
            Manifest manifest = plainManifest();
            Attributes main = manifest.getMainAttributes();
            main.putValue("Bundle-ManifestVersion", "2");
            main.putValue("Bundle-SymbolicName", name);
            main.putValue("Bundle-Version", "1.0.0");
            main.putValue("Bundle-Activator", "org.example.Faulty");
            main.putValue("Import-Package", "org.osgi.framework");
            Path jar = bundles.resolve(name + ".jar");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                out.putNextEntry(new ZipEntry("org/example/Faulty.class"));
                out.write(Files.readAllBytes(work.resolve("classes/org/example/Faulty.class")));
                out.closeEntry();
            }
            return jar;
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

}
