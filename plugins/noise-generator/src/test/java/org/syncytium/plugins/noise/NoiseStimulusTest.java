package org.syncytium.plugins.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeStimulusOutput;

class NoiseStimulusTest {

    private static NoiseStimulus noise(double mean, double std) {
        NoiseStimulus noise = (NoiseStimulus) new NoiseGenerator().create();
        noise.set("mean", mean);
        noise.set("std", std);
        return noise;
    }

    @Test
    void eachTargetHoldsItsOwnDrawForDtAndTheDrawsHaveTheMeanAndStd() {
        NoiseStimulus noise = noise(100.0, 20.0);
        noise.set("dt", 0.5);
        noise.prepare(0.1); // 5 steps per draw
        int d = 50;
        FakeStimulusOutput out = new FakeStimulusOutput(2, d, 3);
        double sum = 0;
        double squares = 0;
        int draws = 0;
        for (int slice = 0; slice < 400; slice++) {
            out.clear();
            noise.emit((long) slice * d, 0, d, out);
            for (int l = 0; l < d; l += 5) {
                for (int k = 1; k < 5; k++) {
                    assertEquals(out.currentAt(0, l), out.currentAt(0, l + k), "constant over dt");
                }
                assertNotEquals(out.currentAt(0, l), out.currentAt(1, l), "each target draws its own");
                double x = out.currentAt(0, l);
                sum += x;
                squares += x * x;
                draws++;
            }
        }
        double mean = sum / draws;
        double std = Math.sqrt(squares / draws - mean * mean);
        assertTrue(Math.abs(mean - 100.0) < 5 * 20.0 / Math.sqrt(draws), "mean " + mean + " of " + draws);
        assertTrue(Math.abs(std - 20.0) < 0.05 * 20.0, "std " + std);
    }

    @Test
    void activeOneStepBeforeTheWindowAsNestsCurrentGenerators() {
        NoiseStimulus noise = noise(5.0, 0.0);
        noise.set("start", 0.3);
        noise.set("stop", 0.6);
        noise.prepare(0.1);
        FakeStimulusOutput out = new FakeStimulusOutput(1, 10, 1);
        noise.emit(0, 0, 10, out);
        for (int l = 0; l < 10; l++) {
            assertEquals(l >= 2 && l < 5 ? 5.0 : 0.0, out.currentAt(0, l), "step " + l);
        }
        assertEquals(1.0, (Double) noise.get("dt"), 1e-12); // NEST's default
    }

    @Test
    void defaultDtIsOneMillisecondWhereItFitsTheResolutionElseTenSteps() {
        // NEST 3.10 after nest.resolution = r, then Create("noise_generator").dt: 0.1 -> 1.0,
        // 0.05 -> 1.0, 0.025 -> 1.0, 0.2 -> 1.0, 0.3 -> 3.0
        double[][] cases = {{0.1, 1.0, 10}, {0.05, 1.0, 20}, {0.025, 1.0, 40}, {0.2, 1.0, 5}, {0.3, 3.0, 10}};
        for (double[] c : cases) {
            NoiseStimulus noise = noise(0.0, 1.0);
            assertEquals(1.0, (Double) noise.get("dt"), 0.0, "before any run");
            noise.prepare(c[0]);
            assertEquals(c[1], (Double) noise.get("dt"), 1e-12, "resolution " + c[0]);
            // the draws change every dt: constant within, new at its end
            int steps = (int) c[2];
            FakeStimulusOutput out = new FakeStimulusOutput(1, 3 * steps, 1);
            noise.emit(0, 0, 3 * steps, out);
            for (int l = 1; l < 3 * steps; l++) {
                boolean boundary = l % steps == 0;
                assertEquals(boundary, out.currentAt(0, l) != out.currentAt(0, l - 1), "resolution " + c[0] + ", step " + l);
            }
        }
        NoiseStimulus set = noise(0.0, 1.0);
        set.set("dt", 0.5);
        set.prepare(0.05);
        assertEquals(0.5, (Double) set.get("dt"), 0.0, "a dt that was set stays");
    }

    @Test
    void refusesWhatItCannotDo() {
        NoiseStimulus noise = noise(0.0, 1.0);
        assertThrows(BadPropertyException.class, () -> noise.set("std", -1.0));
        assertThrows(BadPropertyException.class, () -> noise.set("std_mod", -2.0));
        noise.set("dt", 0.15);
        assertThrows(BadPropertyException.class, () -> noise.prepare(0.1));
    }

    @Test
    void stdModModulatesTheVarianceWithTheSine() {
        // 10 Hz, h = 0.1 ms, a draw every step: at step s the variance is 100^2 + 80^2 sin(2 pi 10 Hz (s + 1) h)
        NoiseStimulus noise = (NoiseStimulus) new NoiseGenerator().create();
        noise.set("std", 100.0);
        noise.set("std_mod", 80.0);
        noise.set("frequency", 10.0);
        noise.set("dt", 0.1);
        noise.prepare(0.1);
        int targets = 4000;
        FakeStimulusOutput out = new FakeStimulusOutput(targets, 1000, 5);
        noise.emit(0, 0, 1000, out);
        for (int s : new int[] {249, 749, 999}) { // sin = 1, -1, 0
            double sum = 0;
            double squares = 0;
            for (int t = 0; t < targets; t++) {
                double x = out.currentAt(t, s);
                sum += x;
                squares += x * x;
            }
            double m = sum / targets;
            double sd = Math.sqrt(squares / targets - m * m);
            double expected = Math.sqrt(100.0 * 100.0 + 80.0 * 80.0 * Math.sin(2 * Math.PI * 10.0 / 1000.0 * (s + 1) * 0.1));
            assertEquals(expected, sd, 0.06 * expected, "step " + s);
        }
    }

    @Test
    void stdModAboveStdIsRefusedWhenTheRunStarts() {
        NoiseStimulus noise = (NoiseStimulus) new NoiseGenerator().create();
        noise.set("std_mod", 50.0);
        noise.set("std", 20.0);
        assertThrows(BadPropertyException.class, () -> noise.prepare(0.1));
        assertThrows(BadPropertyException.class, () -> noise.set("std_mod", -1.0));
    }
}
