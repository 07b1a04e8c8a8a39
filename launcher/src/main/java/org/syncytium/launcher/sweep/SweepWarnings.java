package org.syncytium.launcher.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the user should know about a finished sweep's table: a metric that some runs could not
 * define (its cells are empty in sweep.csv), with the reason where the summary gives one, so that a
 * column or a panel is never empty without a word.
 */
public final class SweepWarnings {

    private SweepWarnings() {
    }

    /** One line per metric that is undefined (NaN or missing) in at least one run that has it. */
    public static List<String> undefinedMetrics(List<SweepPoint> points) {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> p.metrics().forEach((name, value) -> {
            if (value instanceof Number) {
                names.add(name);
            }
        }));
        List<String> warnings = new ArrayList<>();
        for (String name : names) {
            long undefined = points.stream().filter(p -> Double.isNaN(p.metric(name))).count();
            if (undefined == 0) {
                continue;
            }
            String line = String.format(Locale.ROOT, "%s is undefined in %d of %d runs (empty cells in sweep.csv)",
                    name, undefined, points.size());
            if (name.startsWith("synchrony_chi")) {
                SweepPoint example = points.stream().filter(p -> Double.isNaN(p.metric(name))).findFirst().orElseThrow();
                double start = example.metric("synchrony_start_ms");
                double samples = example.metric("synchrony_samples");
                if (samples == 0 && !Double.isNaN(start)) {
                    line += String.format(Locale.ROOT, ": the synchrony monitor starts at %.1f ms and the run ends at %.1f ms,"
                            + " so it took no samples; simulate longer or lower its start", start, example.metric("simtime_ms"));
                }
            } else if (name.equals("fano") || name.equals("isi_cv") || name.equals("period_ms")) {
                line += ": too few spikes in the statistics window (see statistics_window_ms)";
            }
            warnings.add(line);
        }
        return warnings;
    }
}
