package org.syncytium.launcher.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.syncytium.api.record.Events;

class WeightFigureTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Two connections (1 → 3, 2 → 3) passing a spike every ms for 100 ms, weights 10 + t/10 and 20 + t/10. */
    private static Events events() {
        int n = 200;
        long[] senders = new long[n];
        double[] times = new double[n];
        double[] weights = new double[n];
        double[] targets = new double[n];
        for (int k = 0; k < n; k++) {
            senders[k] = 1 + k % 2;
            times[k] = 1 + k / 2;
            weights[k] = (senders[k] == 1 ? 10 : 20) + times[k] / 10;
            targets[k] = 3;
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("weights", weights);
        values.put("targets", targets);
        values.put("receptors", new double[n]);
        return new Events(senders, times, values);
    }

    @Test
    void drawsTheMedianAndTheTenthToNinetiethPercentilePerBin() throws Exception {
        Figure figure = WeightFigure.of("weights", events(), 100.0);
        XYPlot plot = (XYPlot) figure.chart().getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(WeightFigure.BINS, data.getItemCount(0), "one point per 1 ms bin, each holding two events");
        // the first bin (0, 1] holds the spikes at 1 ms: 10.1 and 20.1
        assertEquals(0.5, data.getXValue(0, 0), 1e-12);
        assertEquals(15.1, data.getYValue(0, 0), 1e-12);
        assertEquals(10.1 + 0.1 * 10, data.getStartYValue(0, 0), 1e-12);
        assertEquals(10.1 + 0.9 * 10, data.getEndYValue(0, 0), 1e-12);
        assertEquals("Weight carried by a spike (pA)", plot.getRangeAxis().getLabel());
        assertTrue(figure.chart().getTitle().getText().contains("200 spikes through 2 connections"),
                figure.chart().getTitle().getText());
        FigureChecks.png(figure);
        assertTrue(FigureChecks.svg(figure).contains("Weight carried by a spike (pA)"));
    }

    @Test
    void quantilesInterpolateBetweenNeighbours() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(3, WeightFigure.quantile(sorted, 0.5), 0.0);
        assertEquals(1.4, WeightFigure.quantile(sorted, 0.1), 1e-12);
        assertEquals(7.0, WeightFigure.quantile(new double[] {7.0}, 0.9), 0.0);
    }

    @Test
    void appliesToWeightRecordersOnly() {
        assertTrue(WeightFigure.applies(events()));
        assertFalse(WeightFigure.applies(new Events(new long[] {1}, new double[] {0.1}, Map.of("V_m", new double[] {0}))));
    }
}
