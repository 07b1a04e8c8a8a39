package org.syncytium.launcher.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncytium.launcher.cli.Distribution;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.ManifestClauses;

/**
 * Names the bundle a distribution lacks when an error says a model, rule, solver or kernel
 * setting is unknown: a bundle of the pool the distribution was assembled from (recorded in its
 * {@value #POOL_FILE} file) declares it in {@code Provide-Capability}, and the distribution's own
 * bundle folder does not have that bundle. For the seed network without the wfr-solver bundle,
 * {@code unknown kernel setting "wfr_tol"} gains "; it belongs to coupling solver wfr of bundle
 * org.syncytium.wfr-solver, which this distribution lacks".
 */
public final class MissingBundles {

    /** File in a distribution's home naming the bundle folder it was assembled from. */
    public static final String POOL_FILE = "bundle-pool";

    private static final Pattern UNKNOWN = Pattern.compile("unknown ([a-z ]+?) \"([^\"]+)\"");

    private MissingBundles() {
    }

    /** A suffix for {@code message}, or empty if nothing absent provides what it names. */
    public static String hint(String message, Path bundleFolder) {
        if (message == null) {
            return "";
        }
        Matcher m = UNKNOWN.matcher(message);
        if (!m.find()) {
            return "";
        }
        String name = m.group(2);
        boolean setting = m.group(1).contains("setting");
        BundleIndex present = BundleIndex.of(List.of(bundleFolder));
        for (BundleIndex.Entry entry : BundleIndex.of(pools(bundleFolder)).entries()) {
            for (ManifestClauses capability : entry.capabilities()) {
                if (!capability.names().contains(Wanted.NAMESPACE)) {
                    continue;
                }
                String provided = capability.attributes().get("name");
                String settings = capability.attributes().getOrDefault("settings", "");
                boolean match = setting ? List.of(settings.split("\\s*,\\s*")).contains(name) : name.equals(provided);
                boolean absent = present.entries().stream().noneMatch(e -> e.symbolicName().equals(entry.symbolicName()));
                if (match && absent) {
                    String point = capability.attributes().getOrDefault("point", "extension").replace('_', ' ');
                    return setting
                            ? "; it belongs to " + point + " " + provided + " of bundle " + entry.symbolicName() + ", which this distribution lacks"
                            : "; bundle " + entry.symbolicName() + " provides it and this distribution lacks it";
                }
            }
        }
        return "";
    }

    /** The folders a missing bundle could come from: the recorded pool and the build's distribution. */
    private static List<Path> pools(Path bundleFolder) {
        List<Path> pools = new ArrayList<>();
        Path record = Distribution.home().resolve(POOL_FILE);
        if (Files.isRegularFile(record)) {
            try {
                pools.add(Path.of(Files.readString(record).trim()));
            } catch (IOException | RuntimeException e) {
                // an unreadable record: only the build's folder below
            }
        }
        pools.add(Distribution.bundles());
        pools.removeIf(p -> p.toAbsolutePath().normalize().equals(bundleFolder.toAbsolutePath().normalize()));
        return pools;
    }
}
