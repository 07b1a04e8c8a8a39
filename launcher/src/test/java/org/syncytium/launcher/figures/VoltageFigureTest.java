package org.syncytium.launcher.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.syncytium.api.record.Events;

class VoltageFigureTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** {@code neurons} neurons sampled every 0.1 ms for 50 ms, V_m = -65 + 10 sin(t / 5 + id). */
    private static Events samples(int neurons) {
        int steps = 500;
        long[] senders = new long[neurons * steps];
        double[] times = new double[neurons * steps];
        double[] vm = new double[neurons * steps];
        int k = 0;
        for (int s = 1; s <= steps; s++) {
            for (int id = 1; id <= neurons; id++) {
                senders[k] = id;
                times[k] = s * 0.1;
                vm[k] = -65 + 10 * Math.sin(times[k] / 5 + id);
                k++;
            }
        }
        return new Events(senders, times, Map.of("V_m", vm));
    }

    @Test
    void drawsTheFirstFiveNeuronsWithUnits() throws Exception {
        Figure figure = VoltageFigure.of("vm", samples(7), 50.0);
        XYPlot plot = (XYPlot) figure.chart().getPlot();
        XYDataset data = plot.getDataset();
        assertEquals(5, data.getSeriesCount());
        assertEquals("neuron 1", data.getSeriesKey(0));
        assertEquals(500, data.getItemCount(0));
        assertEquals(-65 + 10 * Math.sin(0.1 / 5 + 1), data.getYValue(0, 0), 1e-12);
        assertEquals("Time (ms)", plot.getDomainAxis().getLabel());
        assertEquals("Membrane potential V_m (mV)", plot.getRangeAxis().getLabel());
        assertTrue(figure.chart().getTitle().getText().contains("first 5 of 7"));
        FigureChecks.png(figure);
        assertTrue(FigureChecks.svg(figure).contains("Membrane potential V_m (mV)"));
    }

    @Test
    void appliesOnlyWhenVmIsRecorded() {
        assertTrue(VoltageFigure.applies(samples(1)));
        assertFalse(VoltageFigure.applies(new Events(new long[] {1}, new double[] {0.1}, Map.of("g_ex", new double[] {0}))));
    }
}
