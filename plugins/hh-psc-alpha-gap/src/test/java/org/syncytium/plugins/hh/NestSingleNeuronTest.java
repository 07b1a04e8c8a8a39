package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * NEST 3.9.0 single-neuron data at h = 0.05 ms (reference 8.1): spike times under constant current,
 * sampled state, and the normalisation and timing of the alpha PSCs. NEST printed six decimals.
 */
class NestSingleNeuronTest {

    private static final double H = 0.05;
    private static final int STEPS = 4000; // 200 ms
    private static final double V_TOL = 1.5e-6;

    private static SingleNeuronRun constantCurrent(double iE) {
        return new SingleNeuronRun(H, 20, STEPS, new String[] {"I_e"}, new double[] {iE}).run();
    }

    private static long[] steps(double... timesMs) {
        return Arrays.stream(timesMs).mapToLong(t -> Math.round(t / H)).toArray();
    }

    private static int k(double timeMs) {
        return (int) Math.round(timeMs / H);
    }

    @Test
    void spikeTimesUnderConstantCurrentAreNests() {
        assertArrayEquals(steps(13.85, 49.9, 118.65, 188.9), constantCurrent(100).spikeSteps(), "I_e = 100 pA");
        assertArrayEquals(steps(5.7, 18.8, 36.85, 60.3, 85.45, 110.8, 136.2, 161.6, 187.0),
                constantCurrent(200).spikeSteps(), "I_e = 200 pA");
        assertArrayEquals(steps(3.1, 11.1, 19.95, 29.8, 40.2, 50.95, 61.75, 72.6, 83.5, 94.4, 105.25, 116.15, 127.05,
                137.95, 148.85, 159.7, 170.6, 181.5, 192.4), constantCurrent(400).spikeSteps(), "I_e = 400 pA");
    }

    @Test
    void sampledStateAt200pAIsNests() {
        // t, V, m, h, n, p
        double[][] samples = {
            {0.05, -69.355556, 0.0192612, 0.868453, 0.000574172, 0.000251242},
            {0.5, -67.244330, 0.0222774, 0.867491, 0.000575989, 0.000261227},
            {1.0, -65.121987, 0.0269071, 0.864472, 0.000584003, 0.000288499},
            {2.0, -61.374087, 0.0375184, 0.851589, 0.000648361, 0.000384864},
            {5.0, -45.969601, 0.117917, 0.725572, 0.00850016, 0.00117387},
            {10.0, -73.581001, 0.0126052, 0.445778, 0.555321, 0.00930089},
            {20.0, -87.280731, 0.0278794, 0.173156, 0.784127, 0.168124},
            {50.0, -59.344525, 0.0466669, 0.527688, 0.767021, 0.000816365},
            {100.0, -59.166281, 0.0474717, 0.535578, 0.775066, 0.000801182},
            {150.0, -59.670380, 0.0454481, 0.536191, 0.779259, 0.00077372},
        };
        SingleNeuronRun run = constantCurrent(200);
        String[] names = {"V_m", "Act_m", "Inact_h", "Act_n", "Inact_p"};
        double maxDv = 0;
        double maxRel = 0;
        for (double[] sample : samples) {
            int k = k(sample[0]);
            double v = run.at("V_m", k);
            assertEquals(sample[1], v, V_TOL, "V_m at " + sample[0] + " ms");
            maxDv = Math.max(maxDv, Math.abs(v - sample[1]));
            for (int g = 1; g < names.length; g++) {
                double expected = sample[g + 1];
                double actual = run.at(names[g], k);
                // NEST printed 6 significant digits: half a unit in the last printed digit, plus slack
                assertEquals(expected, actual, 6e-6 * Math.abs(expected), names[g] + " at " + sample[0] + " ms");
                maxRel = Math.max(maxRel, Math.abs(actual - expected) / Math.abs(expected));
            }
        }
        Report.line("8.1 samples I_e=200: max |dV| = %.2e mV, max rel. gating deviation = %.2e", maxDv, maxRel);
    }

    @Test
    void sampledVoltageAt100And400pAIsNests() {
        double[][] at100 = {{0.05, -69.479784}, {1.0, -67.367806}, {5.0, -61.584502}, {10.0, -56.095373},
            {20.0, -71.206188}, {50.0, 29.052410}, {100.0, -57.722706}, {150.0, -61.166493}};
        double[][] at400 = {{0.05, -69.107100}, {1.0, -60.583011}, {2.0, -51.803602}, {5.0, -86.007888},
            {10.0, -47.821088}, {20.0, 37.074146}, {50.0, -44.071667}, {100.0, -61.446618}, {150.0, -85.601495}};
        Report.line("8.1 samples I_e=100: max |dV| = %.2e mV", compareV(constantCurrent(100), at100));
        Report.line("8.1 samples I_e=400: max |dV| = %.2e mV", compareV(constantCurrent(400), at400));
    }

    private static double compareV(SingleNeuronRun run, double[][] samples) {
        double max = 0;
        for (double[] sample : samples) {
            double v = run.at("V_m", k(sample[0]));
            assertEquals(sample[1], v, V_TOL, "V_m at " + sample[0] + " ms");
            max = Math.max(max, Math.abs(v - sample[1]));
        }
        return max;
    }

    @Test
    void alphaCurrentsArePeakNormalisedAndTimedAsNests() {
        // spike at 1.0 ms, +300 pA, delay 1.0 ms -> dI jump at 2.0 ms; spike at 5.0 ms, -50 pA -> at 6.0 ms
        SingleNeuronRun run = new SingleNeuronRun(H, 20, k(16.0), new String[0], new double[0])
                .spikeArriving(k(2.0), 300).spikeArriving(k(6.0), -50).run();
        // t, V, I_syn_ex, I_syn_in
        double[][] expected = {
            {2.00, -69.604012, 0, 0}, {2.05, -69.496429, 158.775001, 0}, {2.10, -69.239475, 247.308191, 0},
            {2.20, -68.546864, 300.000000, 0}, {2.30, -67.854887, 272.938797, 0}, {2.50, -66.857646, 167.347620, 0},
            {3.00, -66.200790, 27.473458, 0}, {4.00, -66.706154, 0.370229, 0}, {6.00, -67.713440, 0.000034, 0},
            {6.05, -67.735909, 0.000027, -3.313959}, {7.00, -68.649527, 0, -41.218032},
            {8.00, -69.900412, 0, -50.000000}, {10.00, -71.566548, 0, -36.787944},
            {12.00, -71.942711, 0, -20.300292}, {15.00, -71.413865, 0, -6.794411},
        };
        double maxDv = 0;
        double maxDi = 0;
        for (double[] row : expected) {
            int k = k(row[0]);
            double v = run.at("V_m", k);
            double ex = run.at("I_syn_ex", k);
            double in = run.at("I_syn_in", k);
            assertEquals(row[1], v, V_TOL, "V_m at " + row[0]);
            assertEquals(row[2], ex, 1.5e-6, "I_syn_ex at " + row[0]);
            assertEquals(row[3], in, 1.5e-6, "I_syn_in at " + row[0]);
            maxDv = Math.max(maxDv, Math.abs(v - row[1]));
            maxDi = Math.max(maxDi, Math.max(Math.abs(ex - row[2]), Math.abs(in - row[3])));
        }
        assertEquals(0, run.spikeSteps().length, "no spike");
        Report.line("8.1 PSC check: max |dV| = %.2e mV, max |dI_syn| = %.2e pA", maxDv, maxDi);
    }
}
