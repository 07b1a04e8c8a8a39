package org.syncytium.launcher.reliability;

import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.syncytium.launcher.felix.BundleStarter;

/**
 * Bundles that hang, throw or are no bundles at all. Starting is tried through {@link BundleStarter}
 * on stand-in bundles (the real framework path is in {@code CatalogueIT}).
 */
final class BundleFaults {

    private static final String GROUP = "bundles";

    private BundleFaults() {
    }

    /** A bundle named {@code name} whose start runs {@code start}. */
    static Bundle bundle(String name, Runnable start) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "start" -> {
                        start.run();
                        yield null;
                    }
                    case "getSymbolicName" -> name;
                    case "getVersion" -> new Version(1, 0, 0);
                    case "getBundleId" -> 7L;
                    case "getState" -> Bundle.STARTING;
                    case "getLocation" -> "file:" + name + ".jar";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> name;
                    default -> null;
                });
    }

    private static void sneaky(Throwable t) {
        BundleFaults.<RuntimeException>rethrow(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void rethrow(Throwable t) throws T {
        throw (T) t;
    }

    static Path jar(Path folder, String name, Manifest manifest) throws java.io.IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry("data.txt"));
            out.write('x');
            out.closeEntry();
        }
        return jar;
    }

    static List<Fault> all() {
        return List.of(
                new Fault("B1", GROUP, "an activator that blocks for ever (abandoned after the timeout)", folder -> {
                    CountDownLatch never = new CountDownLatch(1);
                    Bundle blocking = bundle("org.example.hangs", () -> {
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    long start = System.nanoTime();
                    String answer = new BundleStarter(300).start(blocking).orElse("started");
                    OutputFaults.require(System.nanoTime() - start < 5_000_000_000L, "returned within the timeout");
                    return answer;
                }, "bundle org.example.hangs 1.0.0 did not finish starting within 1 s", "abandoned",
                        "SYNCYTIUM_BUNDLE_START_TIMEOUT"),
                new Fault("B2", GROUP, "an activator that throws", folder -> new BundleStarter(5000).start(bundle("org.example.throws",
                        () -> sneaky(new BundleException("Activator start error in bundle org.example.throws [7].",
                                BundleException.ACTIVATOR_ERROR, new IllegalStateException("no licence key found"))))).orElse("started"),
                        "bundle org.example.throws 1.0.0 cannot start: its activator threw IllegalStateException: no licence key found"),
                new Fault("B3", GROUP, "a start that fails with a plain runtime exception", folder -> new BundleStarter(5000)
                        .start(bundle("org.example.npe", () -> {
                            throw new NullPointerException("config");
                        })).orElse("started"), "bundle org.example.npe 1.0.0 cannot start: NullPointerException: config"),
                new Fault("B4", GROUP, "a plain jar (manifest without OSGi headers) in the bundle folder", folder -> {
                    Manifest manifest = new Manifest();
                    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
                    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.example.Main");
                    return BundleStarter.notABundle(jar(folder, "tool.jar", manifest)).orElse("a bundle");
                }, "tool.jar is a plain jar, not an OSGi bundle (its manifest has no Bundle-SymbolicName)"),
                new Fault("B5", GROUP, "a jar without any manifest", folder -> BundleStarter.notABundle(jar(folder, "bare.jar", null))
                        .orElse("a bundle"), "bare.jar is a plain jar, not an OSGi bundle (it has no manifest)"),
                new Fault("B6", GROUP, "a text file named `.jar`", folder -> {
                    Path fake = Files.writeString(folder.resolve("notes.jar"), "not a zip");
                    return BundleStarter.notABundle(fake).orElse("a bundle");
                }, "notes.jar is not a readable jar"),
                new Fault("B7", GROUP, "a bundle start timeout set to text (default used)", folder -> {
                    System.setProperty("syncytium.bundle.start.timeout", "soon");
                    try {
                        return "timeout " + BundleStarter.timeoutSeconds() + " s";
                    } finally {
                        System.clearProperty("syncytium.bundle.start.timeout");
                    }
                }, "timeout 30 s"));
    }
}
