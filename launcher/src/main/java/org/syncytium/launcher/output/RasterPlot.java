package org.syncytium.launcher.output;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.syncytium.api.record.Events;

/**
 * The raster plot of NEST's example: one dot per spike, sender id against time, titled with the
 * mean rate as the example prints it ({@code "Average spike rate (Hz): 3.23"}). Rendered headless.
 */
public final class RasterPlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;

    private RasterPlot() {
    }

    /** The PNG of {@code spikes} over {@code [0, simtime]} ms with the given mean rate. */
    public static AtomicOutput.Content png(Events spikes, double simtimeMs, double rateHz) {
        return out -> ChartUtils.writeChartAsPNG(out, chart(spikes, simtimeMs, rateHz), WIDTH, HEIGHT);
    }

    static JFreeChart chart(Events spikes, double simtimeMs, double rateHz) {
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
        XYPlot plot = new XYPlot(data, time, neuron, dots);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        String title = String.format(Locale.ROOT, "Average spike rate (Hz): %.2f", rateHz);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.PLAIN, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
