package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;

/**
 * NEST 3.9.0 runs at the example's resolution h = 0.05 ms with 20-step slices (reference 8.2):
 * PyNEST's gap_junctions_two_neurons example and the 6.1 protocol without voltmeter.
 */
class NestTwoNeuronExampleTest {

    private static final double H = 0.05;
    private static final int D = 20;
    private static final double TOL = 1e-4;
    private static final int MAX_ITER = 15;

    private static long[] steps(double... timesMs) {
        return Arrays.stream(timesMs).mapToLong(t -> Math.round(t / H)).toArray();
    }

    private static void twoNeuronExample(Population p) {
        for (int i = 0; i < 2; i++) {
            p.set(i, new String[] {"I_e"}, new double[] {100.0});
        }
        p.set(0, new String[] {"V_m"}, new double[] {-10.0});
    }

    @Test
    void gapJunctionsTwoNeuronsExampleIsNests() {
        GapPairRun run = new GapPairRun(H, D, 3, 0.5, 7020, NestTwoNeuronExampleTest::twoNeuronExample)
                .run(true, TOL, MAX_ITER);
        assertArrayEquals(steps(0.2, 40.9, 111.3, 182.4, 253.2, 323.75), run.io.spikeSteps(0), "neuron 1");
        assertArrayEquals(steps(14.95, 49.05, 115.7, 185.05, 254.8, 324.75), run.io.spikeSteps(1), "neuron 2");
        int[] histogram = run.iterationHistogram();
        assertEquals(313, histogram[3], "intervals with 3 iterations");
        assertEquals(38, histogram[4], "intervals with 4 iterations");
        double[][] voltmeter = {
            {0.1, 14.561683, -69.277734}, {0.2, 60.130684, -68.883464}, {0.3, 40.650052, -68.507804},
            {0.5, 21.419438, -67.828716}, {1.0, -21.696315, -66.424338}, {2.0, -88.450846, -64.912554},
            {5.0, -75.542736, -61.731601}, {10.0, -65.018376, -57.069433}, {14.9, -60.868723, 64.113349},
            {15.0, -60.691875, 37.711512}, {20.0, -59.421793, -73.794232}, {30.0, -56.739703, -60.957493},
            {40.9, 43.014769, -55.790105}, {50.0, -66.433248, -77.012743}, {75.0, -60.633452, -61.893929},
            {100.0, -55.948804, -57.490847}, {111.3, 50.648180, -53.152228}, {115.7, -75.590556, 54.665733},
            {150.0, -59.996915, -60.723983}, {200.0, -63.928643, -64.646341}, {250.0, -51.534069, -53.453651},
            {300.0, -58.601231, -58.869665}, {350.0, -62.060844, -62.241807},
        };
        double max = 0;
        for (double[] row : voltmeter) {
            int k = (int) Math.round(row[0] / H);
            for (int i = 0; i < 2; i++) {
                double v = run.v(i, k);
                assertEquals(row[1 + i], v, 1.5e-6, "V of neuron " + (i + 1) + " at " + row[0] + " ms");
                max = Math.max(max, Math.abs(v - row[1 + i]));
            }
        }
        Report.line("8.2 two-neuron example (351 ms, WFR, D=20): max |dV| = %.2e mV at %d samples; "
                + "spike times exact; iterations 313x3, 38x4", max, voltmeter.length * 2);
    }

    @Test
    void gapJunctionsTwoNeuronsExampleWithoutWfrIsNests() {
        GapPairRun run = new GapPairRun(H, 1, 0, 0.5, 7020, NestTwoNeuronExampleTest::twoNeuronExample)
                .run(false, TOL, MAX_ITER);
        assertArrayEquals(steps(0.2, 40.9, 111.3, 182.4, 253.2, 323.75), run.io.spikeSteps(0), "neuron 1");
        assertArrayEquals(steps(14.95, 49.05, 115.7, 185.05, 254.8, 324.8), run.io.spikeSteps(1), "neuron 2");
        Report.line("8.2 two-neuron example without WFR: spike times exact (neuron 2's last at 324.8 ms)");
    }

    @Test
    void sixPointOneProtocolAtTheExamplesResolutionIsNests() {
        GapPairRun wfr = new GapPairRun(H, D, 3, 20.0, 200.0, 400).run(true, TOL, MAX_ITER);
        assertArrayEquals(steps(11.55), wfr.io.spikeSteps(0));
        assertArrayEquals(steps(12.0), wfr.io.spikeSteps(1));
        assertEquals(-65.334369, wfr.v(0, 400), 1.5e-6);
        assertEquals(-69.311049, wfr.v(1, 400), 1.5e-6);
        GapPairRun plain = new GapPairRun(H, 1, 0, 20.0, 200.0, 400).run(false, TOL, MAX_ITER);
        assertArrayEquals(steps(11.70), plain.io.spikeSteps(0));
        assertArrayEquals(steps(12.20), plain.io.spikeSteps(1));
        assertEquals(-65.674650, plain.v(0, 400), 1.5e-6);
        assertEquals(-69.644858, plain.v(1, 400), 1.5e-6);
        Report.line("8.2 6.1-protocol at h=0.05: |dV(20 ms)| WFR %.1e/%.1e, no WFR %.1e/%.1e mV; spikes exact",
                Math.abs(wfr.v(0, 400) + 65.334369), Math.abs(wfr.v(1, 400) + 69.311049),
                Math.abs(plain.v(0, 400) + 65.674650), Math.abs(plain.v(1, 400) + 69.644858));
    }
}
