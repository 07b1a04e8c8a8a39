package org.syncytium.launcher.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.syncytium.launcher.Main;

/**
 * Where the running distribution lives: the launcher jar sits in {@code <home>/lib/}, bundles in
 * {@code <home>/bundles/}. Outside a distribution (tests, IDE) the system property
 * {@code syncytium.distribution} or {@code launcher/target/syncytium} is used.
 */
public final class Distribution {

    private Distribution() {
    }

    /** The distribution's home folder. */
    public static Path home() {
        String property = System.getProperty("syncytium.distribution");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = code.getParent();
            if (Files.isRegularFile(code) && parent != null && parent.getFileName() != null
                    && parent.getFileName().toString().equals("lib") && parent.getParent() != null) {
                return parent.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // fall through to the development default
        }
        return Path.of("launcher", "target", "syncytium");
    }

    /** The default bundle folder. */
    public static Path bundles() {
        return home().resolve("bundles");
    }

    /** The launcher's class path folder. */
    public static Path lib() {
        return home().resolve("lib");
    }

    /**
     * A file of the source tree (e.g. {@code examples/...}): relative to the working folder if it is
     * there, else relative to the checkout the distribution was built in.
     */
    public static Path sourceFile(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) {
            return here;
        }
        Path checkout = home().toAbsolutePath().normalize().getParent();
        for (int up = 0; up < 3 && checkout != null; up++) {
            Path candidate = checkout.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            checkout = checkout.getParent();
        }
        return here;
    }
}
