package org.syncytium.launcher.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.syncytium.launcher.transaction.FileContent;

/**
 * {@code sweep.png}: the mean rate (left axis) and, if measured, the synchrony chi (right axis)
 * against the swept parameter, with error bars of ± one standard deviation over seeds.
 */
public final class SweepPlot {

    private SweepPlot() {
    }

    /** The PNG for {@code points}; points with a non-numeric value are left out. */
    public static FileContent png(String parameter, List<SweepPoint> points) {
        return out -> ChartUtils.writeChartAsPNG(out, chart(parameter, points), 1000, 600);
    }

    static JFreeChart chart(String parameter, List<SweepPoint> points) {
        NumberAxis x = new NumberAxis(parameter);
        x.setAutoRangeIncludesZero(false);
        NumberAxis rateAxis = new NumberAxis("Mean rate (Hz)");
        XYPlot plot = new XYPlot(collection("rate_hz", "rate (Hz)", points), x, rateAxis, renderer(Color.BLACK));
        YIntervalSeriesCollection chi = collection("synchrony_chi", "synchrony chi", points);
        if (chi.getSeries(0).getItemCount() > 0) {
            NumberAxis chiAxis = new NumberAxis("Synchrony chi");
            chiAxis.setRange(0, 1.05);
            plot.setRangeAxis(1, chiAxis);
            plot.setDataset(1, chi);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, renderer(new Color(0xC0, 0x30, 0x30)));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Sweep over " + parameter + " (mean ± sd over seeds)",
                new Font(Font.SANS_SERIF, Font.PLAIN, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYErrorRenderer renderer(Color color) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, color);
        renderer.setErrorPaint(color);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setDrawXError(false);
        return renderer;
    }

    private static YIntervalSeriesCollection collection(String metric, String label, List<SweepPoint> points) {
        Map<Double, List<Double>> byX = new LinkedHashMap<>();
        for (SweepPoint point : points) {
            double value = point.metric(metric);
            if (!Double.isNaN(point.x()) && !Double.isNaN(value)) {
                byX.computeIfAbsent(point.x(), k -> new ArrayList<>()).add(value);
            }
        }
        YIntervalSeries series = new YIntervalSeries(label);
        byX.forEach((xValue, values) -> {
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.size() - 1);
            double sd = values.size() > 1 ? Math.sqrt(variance) : 0.0;
            series.add(xValue, mean, mean - sd, mean + sd);
        });
        YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
        collection.addSeries(series);
        return collection;
    }
}
