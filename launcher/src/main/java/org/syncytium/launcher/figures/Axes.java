package org.syncytium.launcher.figures;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** Axes and titles shared by the figures. */
public final class Axes {

    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

    private Axes() {
    }

    /**
     * A neuron-id axis over {@code first..last}: whole numbers only (ticks 1, 2, 5 × 10^k apart),
     * plain digits, and half a row of margin so the first and last neuron are not on the frame.
     * With one neuron it shows the single tick of its id.
     */
    public static NumberAxis neuronIds(long first, long last) {
        NumberAxis axis = new NumberAxis("Neuron ID");
        DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        TickUnits units = new TickUnits();
        for (long size = 1; size <= 1_000_000_000L; size *= 10) {
            units.add(new NumberTickUnit(size, plain, 0));
            units.add(new NumberTickUnit(2 * size, plain, 0));
            units.add(new NumberTickUnit(5 * size, plain, 0));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(first - 0.5, Math.max(first, last) + 0.5);
        return axis;
    }

    /** A time axis in ms over {@code [start, end]}. */
    public static NumberAxis time(double startMs, double endMs) {
        NumberAxis axis = new NumberAxis("Time (ms)");
        axis.setRange(startMs, endMs > startMs ? endMs : startMs + 1e-9);
        return axis;
    }

    /** A plot of {@code data} against time and {@code range}: white, light grey grid lines, as every line figure here. */
    public static XYPlot linePlot(XYDataset data, NumberAxis time, NumberAxis range, XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, time, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    /** A chart with a white background and the shared title font. */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** {@code value} with {@code decimals} decimals, locale-independent. */
    public static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
