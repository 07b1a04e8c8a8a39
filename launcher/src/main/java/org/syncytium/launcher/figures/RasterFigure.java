package org.syncytium.launcher.figures;

import java.awt.Color;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.syncytium.api.record.Events;

/**
 * The raster of NEST's example ({@code nest.raster_plot.from_device(sr, hist=True)}): one dot per
 * spike, neuron id against time, above the population rate in 5 ms bins, titled with the mean rate
 * ({@code "Average spike rate (Hz): 3.23"}).
 *
 * <p>Title and histogram cover the same window, [0, simtime] ms: the rate of a bin is its spike
 * count / its width / the number of observed neurons, and a last bin cut short by the end of the
 * run is drawn (and divided) with its true width, so the time-weighted mean of the bars is the
 * title's rate (which is also {@code rate_hz} of summary.json).
 */
public final class RasterFigure {

    /** NEST's raster_plot default bin width, ms. */
    public static final double BIN_MS = 5.0;
    static final int WIDTH = 1000;
    static final int HEIGHT = 700;

    private RasterFigure() {
    }

    /**
     * The figure {@code raster}.
     *
     * @param spikes    recorded spikes (node ids, times in ms)
     * @param firstId   lowest node id of the observed neurons
     * @param neurons   number of observed neurons (ids firstId .. firstId + neurons - 1); at least 1
     * @param simtimeMs simulated time, ms
     */
    public static Figure of(Events spikes, long firstId, int neurons, double simtimeMs) {
        if (neurons < 1) {
            throw new IllegalArgumentException("a raster needs at least one observed neuron, found " + neurons);
        }
        long[] senders = spikes.senders();
        double[] times = spikes.times();
        double[][] series = new double[2][senders.length];
        for (int i = 0; i < senders.length; i++) {
            series[0][i] = times[i];
            series[1][i] = senders[i];
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("spikes", series);
        XYDotRenderer dots = new XYDotRenderer();
        int dot = senders.length < 5_000 ? 3 : 2; // few spikes: make each one visible
        dots.setDotWidth(dot);
        dots.setDotHeight(dot);
        dots.setSeriesPaint(0, Color.BLACK);
        XYPlot raster = new XYPlot(data, null, Axes.neuronIds(firstId, firstId + neurons - 1L), dots);
        raster.setBackgroundPaint(Color.WHITE);
        raster.setDomainGridlinesVisible(false);
        raster.setRangeGridlinesVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Axes.time(0, simtimeMs));
        plot.add(raster, 3);
        plot.add(histogram(rateHistogram(times, simtimeMs, neurons)), 1);
        double rate = meanRateHz(senders.length, simtimeMs, neurons);
        String title = "Average spike rate (Hz): " + Axes.format(rate, 2) + "   (" + neurons
                + (neurons == 1 ? " neuron, " : " neurons, ") + "0–" + Axes.format(simtimeMs, 1) + " ms)";
        return new Figure("raster", "Spikes of the " + neurons + (neurons == 1 ? " observed neuron" : " observed neurons")
                + " and their population rate in "
                + Axes.format(BIN_MS, 0) + " ms bins.", Axes.chart(title, plot, false), WIDTH, HEIGHT);
    }

    /** Mean rate per neuron over [0, simtime], Hz: the title's number and summary.json's rate_hz. */
    public static double meanRateHz(int spikes, double simtimeMs, int neurons) {
        return 1000.0 * spikes / simtimeMs / neurons;
    }

    /**
     * The histogram's bars as rows {start ms, end ms, rate Hz}: {@link #BIN_MS} bins from 0, the
     * last one ending at simtime; a spike at exactly simtime counts in the last bin.
     */
    public static double[][] rateHistogram(double[] times, double simtimeMs, int neurons) {
        int bins = Math.max(1, (int) Math.ceil(simtimeMs / BIN_MS - 1e-9));
        double[] counts = new double[bins];
        for (double t : times) {
            int b = (int) Math.floor(t / BIN_MS);
            counts[Math.min(bins - 1, Math.max(0, b))]++;
        }
        double[][] bars = new double[bins][];
        for (int b = 0; b < bins; b++) {
            double start = b * BIN_MS;
            double end = Math.min(simtimeMs, start + BIN_MS);
            bars[b] = new double[] {start, end, counts[b] * 1000.0 / (end - start) / neurons};
        }
        return bars;
    }

    private static XYPlot histogram(double[][] bars) {
        XYIntervalSeries rate = new XYIntervalSeries("rate");
        for (double[] bar : bars) {
            double middle = (bar[0] + bar[1]) / 2;
            rate.add(middle, bar[0], bar[1], bar[2], 0, bar[2]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(rate);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, Color.GRAY);
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        renderer.setUseYInterval(true);
        XYPlot plot = new XYPlot(data, null, new NumberAxis("Rate (Hz)"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }
}
