package org.syncytium.launcher.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.syncytium.launcher.LauncherException;

/**
 * {@code bench --alternate NAME=A,B,...}: variants of a Java system property compared run by run in
 * one process. Before run k (warm-up runs included) the property is set to value k mod n, so the
 * variants take turns a few seconds apart and share the host's drift, which between separate
 * benches is often larger than the difference measured. Each timed run is reported with its value;
 * the summary gives each value's median and, per cycle of n consecutive timed runs, each value's
 * simulate time over the first value's. Only what is read when a simulator is made follows the
 * property (a {@code static final} read once per JVM does not).
 */
public final class Alternation {
    private final String name;
    private final String[] values;
    private final String original;
    /** Per value, the simulate times of its timed runs in order. */
    private final List<List<Double>> times = new ArrayList<>();

    private Alternation(String name, String[] values) {
        this.name = name;
        this.values = values;
        this.original = System.getProperty(name);
        for (int v = 0; v < values.length; v++) {
            times.add(new ArrayList<>());
        }
    }

    /**
     * Parses {@code NAME=A,B,...}: a property name and at least two values.
     *
     * @throws LauncherException naming what is wrong
     */
    public static Alternation parse(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? "" : spec.substring(0, eq).trim();
        String[] values = eq < 0 ? new String[0] : spec.substring(eq + 1).split(",", -1);
        if (name.isEmpty() || values.length < 2 || Arrays.stream(values).anyMatch(String::isEmpty)) {
            throw new LauncherException("--alternate \"" + spec + "\": expected NAME=VALUE1,VALUE2[,...] "
                    + "(a Java system property and at least two non-empty values), e.g. "
                    + "--alternate syncytium.hh.shared_trial_passes=false,true");
        }
        return new Alternation(name, values);
    }

    /** The property's name. */
    public String name() {
        return name;
    }

    /** Sets the property for run {@code run} (counted from the first warm-up run) and returns the value. */
    public String apply(int run) {
        String value = values[run % values.length];
        System.setProperty(name, value);
        return value;
    }

    /** Records the simulate time of run {@code run}, if it is timed. */
    public void record(int run, boolean timed, double simulateSeconds) {
        if (timed) {
            times.get(run % values.length).add(simulateSeconds);
        }
    }

    /** Puts the property back as it was before the bench. */
    public void restore() {
        if (original == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, original);
        }
    }

    /** The summary lines: each value's median, and per cycle each value over the first. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        List<String> medians = new ArrayList<>();
        for (int v = 0; v < values.length; v++) {
            List<Double> t = times.get(v);
            medians.add(values[v] + " " + (t.isEmpty() ? "no timed run"
                    : String.format(Locale.ROOT, "%.3f s median (%d runs)", median(t), t.size())));
        }
        text.append(String.format(Locale.ROOT, "%-16s %s: %s%n", "alternated", name, String.join("; ", medians)));
        for (int v = 1; v < values.length; v++) {
            int cycles = Math.min(times.get(0).size(), times.get(v).size());
            if (cycles == 0) {
                continue;
            }
            List<Double> ratios = new ArrayList<>();
            for (int k = 0; k < cycles; k++) {
                ratios.add(times.get(v).get(k) / times.get(0).get(k));
            }
            double lo = ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double hi = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            long below = ratios.stream().filter(r -> r < 1.0).count();
            text.append(String.format(Locale.ROOT, "%-16s %s / %s: %.3f median (%.3f-%.3f, %d cycles, below 1 in %d)%n",
                    "per cycle", values[v], values[0], median(ratios), lo, hi, cycles, below));
        }
        return text.toString();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
