package org.syncytium.launcher.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.syncytium.launcher.figures.Axes;
import org.syncytium.launcher.figures.Figure;

/**
 * {@code sweep.png}/{@code sweep.svg}: one panel per quantity, stacked over the swept parameter
 * (with its unit): the mean rate (Hz), the synchrony chi and the Fano factor (both without unit).
 * Each point is the mean over seeds with an error bar of ± one sample standard deviation (n - 1);
 * a single seed has no bar. A quantity that a run measured but that is undefined in every point
 * (e.g. chi when the run ends before the monitor starts) keeps its panel, with a note saying so.
 */
public final class SweepFigure {

    /** The panels: summary key and axis label with unit. */
    static final Map<String, String> PANELS = panels();

    private SweepFigure() {
    }

    private static Map<String, String> panels() {
        Map<String, String> panels = new LinkedHashMap<>();
        panels.put("rate_hz", "Mean rate (Hz)");
        panels.put("synchrony_chi", "Synchrony χ (no unit)");
        panels.put("fano", "Fano factor, 1 ms bins (no unit)");
        return panels;
    }

    /**
     * The figure {@code sweep}.
     *
     * @param parameter the swept parameter's name
     * @param unit      its unit, or null if the scenario does not say
     * @param points    every (value, seed) point; if no value is a number (a text parameter), each
     *                  distinct value is one category on the x axis
     */
    public static Figure of(String parameter, String unit, List<SweepPoint> points) {
        String label = parameter + " (" + (unit == null ? "unit not declared" : unit) + ")";
        // a text parameter (e.g. gap_pairs=file,random) gets one category per value, in sweep order
        List<String> categories = points.stream().allMatch(p -> Double.isNaN(p.x()))
                ? points.stream().map(SweepPoint::value).distinct().toList() : null;
        ToDoubleFunction<SweepPoint> position = categories == null ? SweepPoint::x : p -> categories.indexOf(p.value());
        NumberAxis x = categories == null ? new NumberAxis(label)
                : new SymbolAxis(parameter, categories.toArray(new String[0]));
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(12);
        for (Map.Entry<String, String> panel : PANELS.entrySet()) {
            boolean measured = points.stream().anyMatch(p -> p.metrics().containsKey(panel.getKey()));
            if (!measured) {
                continue;
            }
            YIntervalSeriesCollection data = meanAndSd(panel.getKey(), points, position);
            NumberAxis y = new NumberAxis(panel.getValue());
            y.setAutoRangeIncludesZero(false);
            XYPlot sub = new XYPlot(data, null, y, renderer());
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(Color.LIGHT_GRAY);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (data.getSeries(0).getItemCount() == 0) {
                y.setRange(0, 1);
                double middle = points.stream().mapToDouble(position).filter(v -> !Double.isNaN(v)).average().orElse(0);
                sub.addAnnotation(new XYTextAnnotation("not defined in any run (see the warnings of the sweep)", middle, 0.5));
            }
            plot.add(sub, 1);
        }
        int seeds = (int) points.stream().map(SweepPoint::seed).distinct().count();
        String title = "Sweep over " + parameter + ": mean" + (seeds > 1 ? " ± sd over " + seeds + " seeds" : " (one seed)");
        int height = 220 + 220 * plot.getSubplots().size();
        return new Figure("sweep", "Summary metrics against " + parameter + ", one panel per quantity.",
                Axes.chart(title, plot, false), 900, height);
    }

    private static XYErrorRenderer renderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setErrorPaint(Color.BLACK);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setDrawXError(false);
        return renderer;
    }

    /** Mean and ± sample standard deviation of {@code metric} per parameter value, NaN values left out. */
    static YIntervalSeriesCollection meanAndSd(String metric, List<SweepPoint> points, ToDoubleFunction<SweepPoint> position) {
        Map<Double, List<Double>> byX = new LinkedHashMap<>();
        for (SweepPoint point : points) {
            double value = point.metric(metric);
            double x = position.applyAsDouble(point);
            if (!Double.isNaN(x) && !Double.isNaN(value)) {
                byX.computeIfAbsent(x, k -> new ArrayList<>()).add(value);
            }
        }
        YIntervalSeries series = new YIntervalSeries(metric);
        byX.forEach((xValue, values) -> {
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double sd = 0.0;
            if (values.size() > 1) {
                double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
                sd = Math.sqrt(squares / (values.size() - 1));
            }
            series.add(xValue, mean, mean - sd, mean + sd);
        });
        YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
        collection.addSeries(series);
        return collection;
    }
}
