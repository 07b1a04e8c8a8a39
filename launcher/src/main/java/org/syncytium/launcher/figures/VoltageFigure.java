package org.syncytium.launcher.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.TreeMap;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.syncytium.api.record.Events;

/**
 * Membrane potential traces of a multimeter that records {@code V_m}: V_m (mV) against time (ms),
 * one line per neuron for the {@link #MAX_TRACES} lowest node ids it recorded (a figure of 500
 * overlaid traces shows nothing; the CSV has them all). The title says which neurons are shown.
 */
public final class VoltageFigure {

    /** The recorded variable this figure draws. */
    public static final String VARIABLE = "V_m";
    /** Most traces drawn in one figure. */
    public static final int MAX_TRACES = 5;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e)};

    private VoltageFigure() {
    }

    /** True if {@code samples} holds V_m. */
    public static boolean applies(Events samples) {
        return samples.variables().contains(VARIABLE);
    }

    /**
     * The figure {@code name} of {@code samples} (which must hold V_m).
     *
     * @param name      file base name (the multimeter's CSV name without .csv)
     * @param simtimeMs simulated time, ms (the time axis spans [0, simtime])
     */
    public static Figure of(String name, Events samples, double simtimeMs) {
        double[] vm = samples.values(VARIABLE);
        long[] senders = samples.senders();
        double[] times = samples.times();
        long[] ids = Arrays.stream(senders).distinct().sorted().toArray();
        long[] shown = Arrays.copyOf(ids, Math.min(ids.length, MAX_TRACES));
        TreeMap<Long, XYSeries> traces = new TreeMap<>();
        for (long id : shown) {
            traces.put(id, new XYSeries("neuron " + id, true, true));
        }
        for (int i = 0; i < senders.length; i++) {
            XYSeries trace = traces.get(senders[i]);
            if (trace != null) {
                trace.add(times[i], vm[i], false);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int k = 0;
        for (XYSeries trace : traces.values()) {
            data.addSeries(trace);
            lines.setSeriesPaint(k, COLORS[k % COLORS.length]);
            lines.setSeriesStroke(k, new BasicStroke(1.2f));
            k++;
        }
        NumberAxis potential = new NumberAxis("Membrane potential V_m (mV)");
        potential.setAutoRangeIncludesZero(false);
        XYPlot plot = Axes.linePlot(data, Axes.time(0, simtimeMs), potential, lines);
        String which = ids.length == 0 ? "no samples"
                : shown.length == ids.length ? (ids.length == 1 ? "neuron " + ids[0] : ids.length + " neurons")
                : "first " + shown.length + " of " + ids.length + " recorded neurons";
        String title = "V_m (" + name + "): " + which;
        return new Figure(name, "Membrane potential recorded by " + name + ", " + which + ".",
                Axes.chart(title, plot, shown.length > 1), 1000, 500);
    }
}
