package org.syncytium.launcher.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Bundles compiled on the fly whose activator misbehaves (throws, blocks), for the shell's bad-input tests. */
final class ActivatorBundles {

    private ActivatorBundles() {
    }

    /** A bundle {@code symbolicName} whose activator's start runs {@code startBody} (Java statements). */
    static Path make(Path work, String symbolicName, String startBody) throws IOException {
        String pkg = "test." + symbolicName.replaceAll("[^A-Za-z0-9]", "");
        Path src = work.resolve("src-" + symbolicName).resolve(pkg.replace('.', '/'));
        Files.createDirectories(src);
        Files.writeString(src.resolve("Activator.java"), "package " + pkg + ";\n"
                + "public class Activator implements org.osgi.framework.BundleActivator {\n"
                + "  public void start(org.osgi.framework.BundleContext c) throws Exception { " + startBody + " }\n"
                + "  public void stop(org.osgi.framework.BundleContext c) { }\n}\n");
        Path classes = work.resolve("classes-" + symbolicName);
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("Activator.java").toString());
        if (status != 0) {
            throw new IllegalStateException("cannot compile the test activator");
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", pkg + ".Activator");
        main.putValue("Import-Package", "org.osgi.framework");
        Path jar = work.resolve(symbolicName + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            String entry = pkg.replace('.', '/') + "/Activator.class";
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
        return jar;
    }

}
