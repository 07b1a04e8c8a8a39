package org.syncytium.launcher.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The few lines printed after a run: spikes, rate, synchrony, solver iterations, times, folder. */
public final class SummaryPrinter {

    private SummaryPrinter() {
    }

    /** Prints the essentials of {@code summary}. */
    public static void print(PrintWriter out, Map<String, Object> summary, Path folder) {
        out.println();
        out.println("Scenario        " + summary.get("scenario"));
        if (summary.containsKey("n_events")) {
            out.printf(Locale.ROOT, "Spikes          %s from %s neurons in %s ms%n", summary.get("n_events"),
                    summary.get("n_neurons"), format(summary.get("simtime_ms"), "%.1f"));
            out.printf(Locale.ROOT, "Mean rate       %s Hz%n", format(summary.get("rate_hz"), "%.2f"));
        }
        if (summary.containsKey("synchrony_chi")) {
            String chi = format(summary.get("synchrony_chi"), "%.3f");
            if (summary.get("synchrony_samples") instanceof Number n && n.longValue() == 0
                    && summary.get("synchrony_start_ms") instanceof Number start) {
                chi += String.format(Locale.ROOT, " (no samples: the monitor starts at %.1f ms)", start.doubleValue());
            }
            out.printf(Locale.ROOT, "Synchrony chi   %s%n", chi);
        }
        if (summary.containsKey("fano")) {
            String window = summary.get("statistics_window_ms") instanceof java.util.List<?> w && w.size() == 2
                    ? String.format(Locale.ROOT, ", %s-%s ms", format(w.get(0), "%.0f"), format(w.get(1), "%.0f")) : "";
            out.printf(Locale.ROOT, "Fano factor     %s (1 ms bins%s)%n", format(summary.get("fano"), "%.2f"), window);
        }
        if (summary.get("wfr_iterations_max") instanceof Number max && max.doubleValue() > 0) {
            out.printf(Locale.ROOT, "WFR iterations  mean %s, max %s per interval%n",
                    format(summary.get("wfr_iterations_mean"), "%.2f"), summary.get("wfr_iterations_max"));
        }
        out.printf(Locale.ROOT, "Build time      %s s%n", format(summary.get("build_s"), "%.2f"));
        out.printf(Locale.ROOT, "Simulate time   %s s (real-time factor %s)%n", format(summary.get("simulate_s"), "%.2f"),
                format(summary.get("real_time_factor"), "%.3f"));
        out.println("Output          " + folder.toAbsolutePath().normalize());
        out.flush();
    }

    static String format(Object value, String pattern) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, pattern, d);
        }
        return String.valueOf(value);
    }
}
