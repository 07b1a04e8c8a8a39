package org.syncytium.launcher.felix;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.syncytium.api.SimulatorFactory;

/**
 * The {@code Export-Package} clause the system bundle must add so that bundles import the api from
 * the launcher's class path: then an api type is one class on both sides and the launcher can call
 * the kernel's services directly. Read from the api jar's own manifest (bnd wrote it), so a new api
 * package needs no launcher change; the fixed list is the fallback for an api without a manifest.
 */
public final class ApiPackages {

    static final String FALLBACK = String.join(",",
            "org.syncytium.api;version=1.2.0",
            "org.syncytium.api.comm;version=1.0.0",
            "org.syncytium.api.connect;version=1.1.0",
            "org.syncytium.api.coupling;version=1.2.0",
            "org.syncytium.api.device;version=1.0.0",
            "org.syncytium.api.error;version=1.1.0",
            "org.syncytium.api.load;version=1.0.0",
            "org.syncytium.api.neuron;version=1.3.0",
            "org.syncytium.api.param;version=1.0.0",
            "org.syncytium.api.plugin;version=1.1.0",
            "org.syncytium.api.random;version=1.0.0",
            "org.syncytium.api.record;version=1.0.0",
            "org.syncytium.api.synapse;version=1.1.0");

    private ApiPackages() {
    }

    /** The clause for {@code org.osgi.framework.system.packages.extra}. */
    public static String exportClause() {
        String fromManifest = readExportPackage();
        return fromManifest == null || fromManifest.isBlank() ? FALLBACK : fromManifest;
    }

    private static String readExportPackage() {
        try {
            URL location = SimulatorFactory.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            if (Files.isDirectory(path)) {
                Path manifest = path.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(manifest)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(manifest)) {
                    return new Manifest(in).getMainAttributes().getValue("Export-Package");
                }
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                Manifest manifest = jar.getManifest();
                return manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
