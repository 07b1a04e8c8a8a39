package org.syncytium.launcher.output;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.syncytium.api.record.Events;
import org.syncytium.launcher.transaction.FileContent;

/**
 * The raster plot of NEST's example ({@code nest.raster_plot.from_device(sr, hist=True)}): one dot
 * per spike, sender id against time, above a histogram of the population rate in 5 ms bins, titled
 * with the mean rate as the example prints it ({@code "Average spike rate (Hz): 3.23"}). Rendered
 * headless.
 */
public final class RasterPlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 700;
    /** NEST's raster_plot default bin width. */
    static final double BIN_MS = 5.0;

    private RasterPlot() {
    }

    /** The PNG of {@code spikes} over {@code [0, simtime]} ms with the given mean rate. */
    public static FileContent png(Events spikes, double simtimeMs, double rateHz) {
        return png(spikes, simtimeMs, rateHz, 0);
    }

    /**
     * The PNG with a rate histogram when the number of observed neurons is known ({@code neurons > 0}).
     */
    public static FileContent png(Events spikes, double simtimeMs, double rateHz, int neurons) {
        return out -> ChartUtils.writeChartAsPNG(out, chart(spikes, simtimeMs, rateHz, neurons), WIDTH, HEIGHT);
    }

    static JFreeChart chart(Events spikes, double simtimeMs, double rateHz) {
        return chart(spikes, simtimeMs, rateHz, 0);
    }

    static JFreeChart chart(Events spikes, double simtimeMs, double rateHz, int neurons) {
        long[] senders = spikes.senders();
        double[] times = spikes.times();
        double[][] series = new double[2][senders.length];
        for (int i = 0; i < senders.length; i++) {
            series[0][i] = times[i];
            series[1][i] = senders[i];
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("spikes", series);
        NumberAxis time = new NumberAxis("Time (ms)");
        time.setRange(0, Math.max(simtimeMs, 1e-9));
        NumberAxis neuron = new NumberAxis("Neuron ID");
        neuron.setAutoRangeIncludesZero(false);
        XYDotRenderer dots = new XYDotRenderer();
        dots.setDotWidth(2);
        dots.setDotHeight(2);
        dots.setSeriesPaint(0, Color.BLACK);
        XYPlot raster = new XYPlot(data, null, neuron, dots);
        raster.setBackgroundPaint(Color.WHITE);
        raster.setDomainGridlinesVisible(false);
        raster.setRangeGridlinesVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.add(raster, 3);
        if (neurons > 0) {
            plot.add(histogram(times, simtimeMs, neurons), 1);
        }
        String title = String.format(Locale.ROOT, "Average spike rate (Hz): %.2f", rateHz);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.PLAIN, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Population rate in Hz per {@link #BIN_MS} bin: spikes / bin width / neurons, as NEST's histogram. */
    private static XYPlot histogram(double[] times, double simtimeMs, int neurons) {
        int bins = Math.max(1, (int) Math.ceil(simtimeMs / BIN_MS));
        double[] counts = new double[bins];
        for (double t : times) {
            int b = (int) Math.min(bins - 1, Math.max(0, Math.floor(t / BIN_MS)));
            counts[b]++;
        }
        XYSeries rate = new XYSeries("rate");
        for (int b = 0; b < bins; b++) {
            rate.add(b * BIN_MS + BIN_MS / 2, counts[b] * 1000.0 / BIN_MS / neurons);
        }
        XYBarDataset bars = new XYBarDataset(new XYSeriesCollection(rate), BIN_MS);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, Color.GRAY);
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        XYPlot plot = new XYPlot(bars, null, new NumberAxis("Rate (Hz)"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }
}
