package org.syncytium.launcher.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.syncytium.launcher.scenario.RunResult;

/**
 * The figures of one {@code syncytium bench}: per-run lines while it runs, then medians and ranges
 * over the timed runs, throughput, memory and (optionally) ratios against reference timings.
 */
public final class BenchReport {

    private final String scenario;
    private final Map<String, Object> parameters;
    private final int threads;
    private final List<double[]> timed = new ArrayList<>();
    /** JIT compilation during each timed run (build and simulate), seconds; negative if unknown. */
    private final List<Double> jit = new ArrayList<>();
    /** Every run's network heap (warm-up runs included: each builds the whole network), bytes. */
    private final List<Double> heaps = new ArrayList<>();
    /** The kernel's phase timers (status keys time_*, seconds) of every timed run, by name. */
    private final Map<String, List<Double>> phases = new TreeMap<>();
    private double[] last;
    private RunResult lastResult;
    private long peakRss = -1;

    /**
     * @param scenario   the scenario's name
     * @param parameters its effective parameters (n_neuron, simtime, use_wfr, gap_weight, integrator, ...)
     * @param threads    virtual processes = worker threads
     */
    public BenchReport(String scenario, Map<String, Object> parameters, int threads) {
        this.scenario = scenario;
        this.parameters = parameters;
        this.threads = threads;
    }

    /** One line naming what is measured and on which JVM. */
    public String header() {
        return String.format(Locale.ROOT, "syncytium bench: %s, %s neurons, %s ms, use_wfr=%s, gap_weight=%s nS, "
                + "integrator %s, %d threads; Java %s (%s), %d processors",
                scenario, parameters.getOrDefault("n_neuron", "?"), parameters.getOrDefault("simtime", "?"),
                parameters.getOrDefault("use_wfr", "?"), parameters.getOrDefault("gap_weight", "?"),
                parameters.getOrDefault("integrator", "model default"), threads, System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Adds one run.
     *
     * @param networkHeap heap the simulator held after the run (after GC, minus the heap before it), bytes
     * @param timed       false for a warm-up run (printed, not counted)
     */
    public void add(RunResult result, long networkHeap, boolean timed) {
        add(result, networkHeap, -1.0, timed);
    }

    /**
     * Adds one run, as {@link #add(RunResult, long, boolean)}, with the time the JIT compiled while it
     * built and simulated ({@code jitSeconds}, negative if unknown; see {@link JitActivity}).
     */
    public void add(RunResult result, long networkHeap, double jitSeconds, boolean timed) {
        Map<String, Object> status = result.kernelStatus();
        last = new double[] {result.buildSeconds(), result.simulateSeconds(), number(status, "wfr_iterations_mean"),
            number(status, "wfr_iterations_max"), spikes(result), number(status, "num_connections"), networkHeap,
            result.simtimeMs() / number(status, "resolution"), jitSeconds};
        lastResult = result;
        heaps.add((double) networkHeap);
        if (timed) {
            this.timed.add(last);
            jit.add(jitSeconds);
            status.forEach((key, value) -> {
                if (key.startsWith("time_") && value instanceof Number seconds) {
                    phases.computeIfAbsent(key, k -> new ArrayList<>()).add(seconds.doubleValue());
                }
            });
        }
    }

    /** The line for the run just added. */
    public String runLine(String label) {
        return String.format(Locale.ROOT, "  %-11s build %6.2f s   simulate %7.2f s   %s spikes   WFR iterations %s%s",
                label, last[0], last[1], (long) last[4], Double.isNaN(last[2]) ? "-" : String.format(Locale.ROOT, "%.2f", last[2]),
                last[8] < 0 ? "" : String.format(Locale.ROOT, "   JIT %.2f s", last[8]));
    }

    /** Peak resident set of the process, bytes (-1 unknown). */
    public void peakRss(long bytes) {
        peakRss = bytes;
    }

    /** The case name used in reference files: seed_500_gw0.3_wfr_501ms, n5000_gw0.3_wfr_51ms, ... */
    public String caseName() {
        long n = Math.round(number(parameters, "n_neuron"));
        String prefix = n == 500 ? "seed_500" : "n" + n;
        boolean wfr = !"false".equals(String.valueOf(parameters.get("use_wfr")));
        return String.format(Locale.ROOT, "%s_gw%s_%s_%sms", prefix, compact(number(parameters, "gap_weight")),
                wfr ? "wfr" : "nowfr", compact(number(parameters, "simtime")));
    }

    /** Medians, ranges, throughput, memory and the comparison. */
    public String summary(ReferenceTimings reference) {
        StringBuilder text = new StringBuilder();
        int n = timed.size();
        double[] build = column(0);
        double[] simulate = column(1);
        double neurons = number(parameters, "n_neuron");
        double steps = timed.get(0)[7];
        double connections = timed.get(0)[5];
        double heap = median(heaps.stream().mapToDouble(Double::doubleValue).toArray());
        line(text, "case", caseName());
        line(text, "build time", String.format(Locale.ROOT, "%.2f s median (%.2f-%.2f, %d runs)", median(build), min(build),
                max(build), n));
        line(text, "simulate time", String.format(Locale.ROOT, "%.2f s median (%.2f-%.2f, %d runs)", median(simulate),
                min(simulate), max(simulate), n));
        double[] compiling = jit.stream().mapToDouble(Double::doubleValue).toArray();
        if (min(compiling) >= 0) {
            line(text, "JIT compiling", String.format(Locale.ROOT, "%.2f s median (%.2f-%.2f) per timed run, build and "
                    + "simulate (summed over compiler threads; near 0 at the steady pace)", median(compiling),
                    min(compiling), max(compiling)));
        }
        line(text, "neuron-steps/s", String.format(Locale.ROOT, "%.3g (%.0f neurons x %.0f steps / median simulate time)",
                neurons * steps / median(simulate), neurons, steps));
        double wfr = timed.get(0)[2];
        line(text, "WFR iterations", Double.isNaN(wfr) ? "- (no waveform relaxation)"
                : String.format(Locale.ROOT, "%.2f mean per interval, max %.0f", wfr, timed.get(0)[3]));
        line(text, "spikes", String.format(Locale.ROOT, "%.0f (%.2f Hz per neuron)", timed.get(0)[4],
                timed.get(0)[4] / neurons / (lastResult.simtimeMs() / 1000.0)));
        line(text, "recorders", lastResult.recorded().isEmpty() ? "none"
                : String.join(", ", lastResult.recorded().stream().map(r -> r.kind()).toList()));
        line(text, "peak memory", peakRss < 0 ? "unknown (no /proc/self/status)"
                : String.format(Locale.ROOT, "%.0f MiB resident (whole process, all runs)", peakRss / 1048576.0));
        line(text, "network heap", String.format(Locale.ROOT,
                "%.1f MB median of %d runs (GC'd, minus the heap before the run): %.0f B per neuron, or %.1f B per connection "
                        + "(%.0f connections; one total divided two ways)",
                heap / 1e6, heaps.size(), heap / neurons, connections > 0 ? heap / connections : Double.NaN, connections));
        if (!phases.isEmpty()) {
            StringBuilder split = new StringBuilder();
            phases.forEach((key, values) -> {
                double m = median(values.stream().mapToDouble(Double::doubleValue).toArray());
                split.append(String.format(Locale.ROOT, "%s%s %.2f s", split.length() == 0 ? "" : ", ", key, m));
            });
            line(text, "kernel phases", split + " (medians; wall time inside simulate)");
        }
        if (reference != null) {
            double[] ref = reference.timings(caseName());
            if (ref == null) {
                line(text, "compare", reference.file() + " has no case " + caseName() + " (it has " + reference.cases() + ")");
            } else {
                for (int c = 0; c < ref.length; c++) {
                    // other columns (e.g. nest_peak_rss_mb, for benchmarks/scripts/sizes.sh) are not timings
                    if (Double.isNaN(ref[c]) || !reference.columns().get(c).endsWith("_simulate_s")) {
                        continue;
                    }
                    line(text, "vs " + reference.columns().get(c), String.format(Locale.ROOT,
                            "%.2f s / %.2f s = %.2fx (reference / this median; > 1 means faster here)", ref[c], median(simulate),
                            ref[c] / median(simulate)));
                }
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-16s %s%n", label, value));
    }

    private double[] column(int k) {
        return timed.stream().mapToDouble(row -> row[k]).toArray();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static double spikes(RunResult result) {
        return result.spikes().map(r -> (double) r.events().size()).orElse(Double.NaN);
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value != null) {
            try {
                return Double.parseDouble(value.toString());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** 0.3 → "0.3", 501.0 → "501". */
    private static String compact(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }
}
