package org.syncytium.plugins.synchrony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ChiAccumulatorTest {

    @Test
    void identicalTracesGiveOne() {
        ChiAccumulator chi = new ChiAccumulator();
        for (long t = 0; t < 1000; t++) {
            double v = -60 + 10 * Math.sin(t * 0.05);
            for (long id = 1; id <= 20; id++) {
                chi.add(t, id, v);
            }
        }
        assertEquals(1.0, chi.chi(), 1e-12);
    }

    @Test
    void independentNoiseGivesOneOverSqrtN() {
        ChiAccumulator chi = new ChiAccumulator();
        Random random = new Random(7);
        int n = 100;
        for (long t = 0; t < 20000; t++) {
            for (long id = 1; id <= n; id++) {
                chi.add(t, id, -65 + random.nextGaussian());
            }
        }
        assertEquals(1 / Math.sqrt(n), chi.chi(), 0.01);
    }

    @Test
    void matchesTwoPassComputation() {
        int n = 7;
        int steps = 300;
        double[][] v = new double[steps][n];
        Random random = new Random(3);
        ChiAccumulator chi = new ChiAccumulator();
        for (int t = 0; t < steps; t++) {
            double common = Math.sin(t * 0.1);
            for (int i = 0; i < n; i++) {
                v[t][i] = -70 + 5 * common + 3 * random.nextGaussian();
                chi.add(t, i + 1, v[t][i]);
            }
        }
        double[] average = new double[steps];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < n; i++) {
                average[t] += v[t][i] / n;
            }
        }
        double meanVar = 0;
        for (int i = 0; i < n; i++) {
            double[] trace = new double[steps];
            for (int t = 0; t < steps; t++) {
                trace[t] = v[t][i];
            }
            meanVar += variance(trace) / n;
        }
        assertEquals(Math.sqrt(variance(average) / meanVar), chi.chi(), 1e-12);
    }

    @Test
    void tooFewSamplesIsNaNAndOrderIsChecked() {
        ChiAccumulator chi = new ChiAccumulator();
        assertTrue(Double.isNaN(chi.chi()));
        chi.add(5, 1, -60);
        assertThrows(IllegalStateException.class, () -> chi.add(4, 1, -60));
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double value : x) {
            mean += value / x.length;
        }
        double sum = 0;
        for (double value : x) {
            sum += (value - mean) * (value - mean);
        }
        return sum / x.length;
    }
}
