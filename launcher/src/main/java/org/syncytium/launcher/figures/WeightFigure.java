package org.syncytium.launcher.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.syncytium.api.record.Events;

/**
 * What a weight recorder saw: the weights spikes carried (pA) against time (ms), per time bin the
 * median of the bin's events as a line and the 10th to 90th percentile as a band, so that learning
 * (a drifting median, a widening band) shows at a glance; the CSV has every event.
 */
public final class WeightFigure {

    /** The recorded column this figure draws. */
    public static final String VARIABLE = "weights";
    /** Number of time bins over the run. */
    static final int BINS = 100;

    private WeightFigure() {
    }

    /** True if {@code events} are a weight recorder's. */
    public static boolean applies(Events events) {
        return events.variables().contains(VARIABLE);
    }

    /**
     * @param name      file base name (the recorder's CSV name without .csv)
     * @param simtimeMs simulated time, ms (the time axis spans [0, simtime])
     */
    public static Figure of(String name, Events events, double simtimeMs) {
        double[] weights = events.values(VARIABLE);
        double[] times = events.times();
        double width = simtimeMs > 0 ? simtimeMs / BINS : 1.0;
        // events per bin, then each bin's weights sorted for its percentiles
        int[] count = new int[BINS];
        for (double t : times) {
            count[bin(t, width)]++;
        }
        double[][] byBin = new double[BINS][];
        for (int b = 0; b < BINS; b++) {
            byBin[b] = new double[count[b]];
        }
        int[] fill = new int[BINS];
        for (int i = 0; i < times.length; i++) {
            int b = bin(times[i], width);
            byBin[b][fill[b]++] = weights[i];
        }
        YIntervalSeries series = new YIntervalSeries("median, 10th-90th percentile");
        for (int b = 0; b < BINS; b++) {
            if (byBin[b].length == 0) {
                continue;
            }
            Arrays.sort(byBin[b]);
            series.add((b + 0.5) * width, quantile(byBin[b], 0.5), quantile(byBin[b], 0.1), quantile(byBin[b], 0.9));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        DeviationRenderer band = new DeviationRenderer(true, false);
        band.setSeriesPaint(0, new Color(0x1f77b4));
        band.setSeriesFillPaint(0, new Color(0x1f77b4));
        band.setSeriesStroke(0, new BasicStroke(1.5f));
        band.setAlpha(0.25f);
        NumberAxis weight = new NumberAxis("Weight carried by a spike (pA)");
        weight.setAutoRangeIncludesZero(false);
        XYPlot plot = Axes.linePlot(data, Axes.time(0, simtimeMs), weight, band);
        String what = times.length + " spikes through " + connections(events) + " connections";
        return new Figure(name, "Weights recorded by " + name + " (" + what + "): median and 10th to 90th"
                + " percentile per " + format(width) + " ms bin.", Axes.chart("Weights (" + name + "): " + what, plot, true),
                1000, 500);
    }

    private static int bin(double t, double width) {
        return Math.max(0, Math.min(BINS - 1, (int) ((t - 1e-9) / width)));
    }

    /** The q-quantile of sorted values, interpolated between neighbours. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** Distinct (sender, target) pairs among the events. */
    private static long connections(Events events) {
        long[] senders = events.senders();
        double[] targets = events.values("targets");
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        for (int i = 0; i < senders.length; i++) {
            pairs.add((senders[i] << 32) | (long) targets[i]); // node ids stay below 2^31
        }
        return pairs.size();
    }

    private static String format(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }
}
