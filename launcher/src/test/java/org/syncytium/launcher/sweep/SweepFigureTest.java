package org.syncytium.launcher.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.syncytium.launcher.figures.Figure;

class SweepFigureTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static SweepPoint point(String x, long seed, double rate, double chi) {
        return new SweepPoint(x, seed, Map.of("rate_hz", rate, "synchrony_chi", chi, "fano", 2.0,
                "synchrony_start_ms", 100.0, "synchrony_samples", Double.isNaN(chi) ? 0L : 10L, "simtime_ms", 50.0));
    }

    @Test
    void onePanelPerQuantityWithUnitsAndSampleSdErrorBars() throws Exception {
        List<SweepPoint> points = List.of(point("0.3", 1, 3.0, 0.2), point("0.3", 2, 4.0, 0.3), point("0.3", 3, 8.0, 0.4),
                point("0.7", 1, 5.0, 0.9), point("0.7", 2, 5.0, 0.8), point("0.7", 3, 5.0, 0.7));
        Figure figure = SweepFigure.of("gap_weight", "nS", points);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) figure.chart().getPlot();
        assertEquals("gap_weight (nS)", plot.getDomainAxis().getLabel());
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(3, panels.size());
        assertEquals("Mean rate (Hz)", panels.get(0).getRangeAxis().getLabel());
        assertTrue(panels.get(1).getRangeAxis().getLabel().startsWith("Synchrony"));
        YIntervalSeriesCollection rate = (YIntervalSeriesCollection) panels.get(0).getDataset();
        // x = 0.3: mean 5, sample sd sqrt(((3-5)^2 + (4-5)^2 + (8-5)^2) / (3 - 1)) = sqrt(7)
        assertEquals(5.0, rate.getYValue(0, 0), 1e-12);
        assertEquals(5.0 - Math.sqrt(7), rate.getStartYValue(0, 0), 1e-12);
        assertEquals(5.0 + Math.sqrt(7), rate.getEndYValue(0, 0), 1e-12);
        assertEquals(5.0, rate.getStartYValue(0, 1), 1e-12); // equal values: no spread
        assertTrue(figure.chart().getTitle().getText().contains("sd over 3 seeds"));
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        figure.svg().writeTo(svg);
        assertTrue(svg.toString(StandardCharsets.UTF_8).contains("gap_weight (nS)"));
    }

    @Test
    void anUndefinedQuantityKeepsItsPanelAndIsExplained() {
        List<SweepPoint> points = List.of(point("0.3", 1, 3.0, Double.NaN), point("0.5", 1, 4.0, Double.NaN));
        Figure figure = SweepFigure.of("gap_weight", null, points);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) figure.chart().getPlot();
        assertEquals("gap_weight (unit not declared)", plot.getDomainAxis().getLabel());
        XYPlot chi = (XYPlot) plot.getSubplots().get(1);
        assertEquals(1, chi.getAnnotations().size());
        List<String> warnings = SweepWarnings.undefinedMetrics(points);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("synchrony_chi is undefined in 2 of 2 runs"), warnings.get(0));
        assertTrue(warnings.get(0).contains("starts at 100.0 ms and the run ends at 50.0 ms"), warnings.get(0));
    }

    @Test
    void aTextParameterGetsOneCategoryPerValue() throws Exception {
        List<SweepPoint> points = List.of(point("file", 1, 3.0, 0.5), point("random", 1, 4.0, 0.6), point("random", 2, 6.0, 0.6));
        Figure figure = SweepFigure.of("gap_pairs", null, points);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) figure.chart().getPlot();
        assertTrue(plot.getDomainAxis() instanceof org.jfree.chart.axis.SymbolAxis);
        YIntervalSeriesCollection rate = (YIntervalSeriesCollection) ((XYPlot) plot.getSubplots().get(0)).getDataset();
        assertEquals(2, rate.getItemCount(0));
        assertEquals(1.0, rate.getXValue(0, 1));
        assertEquals(5.0, rate.getYValue(0, 1), 1e-12);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        figure.png().writeTo(png);
        assertTrue(png.size() > 1000);
    }

    @Test
    void unitsComeFromTheParameterComment() {
        assertEquals("nS", ParameterUnit.fromLine("  gap_weight: 0.3               # nS"));
        assertEquals("Hz", ParameterUnit.fromLine("  rate: 500.0                   # Hz, Poisson generator"));
        assertEquals("neurons", ParameterUnit.fromLine("  n_neuron: 500                 # neurons"));
        assertNull(ParameterUnit.fromLine("  wfr_interpolation_order: 3    # 0, 1 or 3"));
        assertNull(ParameterUnit.fromLine("  use_wfr: true                 # waveform relaxation (false: exchange every step)"));
        assertNull(ParameterUnit.fromLine("  seed: 1"));
    }
}
