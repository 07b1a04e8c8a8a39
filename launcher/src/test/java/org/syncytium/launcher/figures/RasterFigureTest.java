package org.syncytium.launcher.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.syncytium.api.record.Events;

class RasterFigureTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Random spikes of {@code neurons} neurons with ids from {@code first}, rate about 20 Hz. */
    private static Events spikes(long first, int neurons, double simtime, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.max(1, neurons * simtime / 50.0);
        long[] senders = new long[n];
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            senders[i] = first + random.nextInt(neurons);
            times[i] = Math.round(random.nextDouble() * simtime / 0.05) * 0.05;
        }
        return new Events(senders, times);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 2", "1, 500", "1, 50000", "501, 3"})
    void neuronAxisShowsWholeIdsOnlyAndAFewTicks(long first, int neurons) throws Exception {
        Figure figure = RasterFigure.of(spikes(first, neurons, 100.0, 3), first, neurons, 100.0);
        FigureChecks.png(figure); // draws the chart: the axis chooses its tick unit
        NumberAxis ids = (NumberAxis) raster(figure).getRangeAxis();
        double size = ids.getTickUnit().getSize();
        assertEquals(Math.rint(size), size, "tick spacing must be a whole number of neurons: " + size);
        assertTrue(size >= 1);
        double ticks = ids.getRange().getLength() / size;
        assertTrue(ticks >= 1 && ticks <= 25, neurons + " neurons: " + ticks + " ticks");
        String label = ids.getTickUnit().valueToString(first + neurons - 1);
        assertEquals(Long.toString(first + neurons - 1), label, "plain digits, no exponent or grouping");
        assertTrue(ids.getRange().contains(first) && ids.getRange().contains(first + neurons - 1));
        assertFalse(ids.getRange().contains(first - 1) || ids.getRange().contains(first + neurons));
    }

    @ParameterizedTest
    @CsvSource({"2.0, 1", "2.0, 7", "501.0, 500", "12.5, 3"})
    void histogramAndTitleAgreeOverTheSameWindow(double simtime, int neurons) {
        Events events = spikes(1, neurons, simtime, 5);
        double[][] bars = RasterFigure.rateHistogram(events.times(), simtime, neurons);
        assertEquals(0.0, bars[0][0]);
        assertEquals(simtime, bars[bars.length - 1][1], 1e-12, "the last bar ends at simtime");
        double weighted = 0;
        for (double[] bar : bars) {
            assertTrue(bar[1] - bar[0] <= RasterFigure.BIN_MS + 1e-12);
            weighted += bar[2] * (bar[1] - bar[0]);
        }
        double titleRate = 1000.0 * events.size() / simtime / neurons;
        assertEquals(titleRate, weighted / simtime, 1e-9 * titleRate);
        String title = RasterFigure.of(events, 1, neurons, simtime).chart().getTitle().getText();
        assertTrue(title.startsWith(String.format(java.util.Locale.ROOT, "Average spike rate (Hz): %.2f", titleRate)), title);
    }

    @Test
    void theIssuesTwoMillisecondRun() {
        // 1 neuron, 2 ms, spikes at 0.5 and 1.5 ms: 1000 Hz both in the title and in the only bar
        Events events = new Events(new long[] {1, 1}, new double[] {0.5, 1.5});
        double[][] bars = RasterFigure.rateHistogram(events.times(), 2.0, 1);
        assertEquals(1, bars.length);
        assertEquals(1000.0, bars[0][2], 1e-9);
        assertTrue(RasterFigure.of(events, 1, 1, 2.0).chart().getTitle().getText().startsWith("Average spike rate (Hz): 1000.00"));
    }

    @Test
    void pngAndSvgShowTheSameChart() throws Exception {
        Figure figure = RasterFigure.of(spikes(1, 500, 200.0, 1), 1, 500, 200.0);
        BufferedImage image = FigureChecks.png(figure);
        assertEquals(1000, image.getWidth());
        String svg = FigureChecks.svg(figure);
        assertTrue(svg.contains("Neuron ID") && svg.contains("Time (ms)") && svg.contains("Rate (Hz)"));
        assertTrue(svg.contains("Average spike rate (Hz)"));
    }

    private static XYPlot raster(Figure figure) {
        return (XYPlot) ((CombinedDomainXYPlot) figure.chart().getPlot()).getSubplots().get(0);
    }
}
