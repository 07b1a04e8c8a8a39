package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.NeuronModelConformance;

/** delta(t) kernels (NEST's iaf_psc_delta: a spike of weight w moves V by w mV) and random numbers in update. */
class DeltaAndRandomTest {

    private static final String DELTA = String.join("\n",
            "model d:",
            "    state:",
            "        V_m mV = 0 mV",
            "    equations:",
            "        kernel K = delta(t)",
            "        V_m' = -V_m / tau_m + unit_psp * convolve(K, spikes) / ms",
            "    parameters:",
            "        tau_m ms = 10 ms",
            "        gsl_abs_error_tol real = 1e-10",
            "        gsl_rel_error_tol real = 0",
            "    internals:",
            "        unit_psp mV = 1 mV",
            "    input:",
            "        spikes <- spike",
            "    update:",
            "        integrate_odes()",
            "");

    @Test
    void aDeltaKernelMakesTheStateJumpByTheWeight() {
        Population p = Models.source(DELTA).createPopulation(1);
        PairSlice s = new PairSlice(p, 0.1, 10, 0, false, 200).runWithInput(200, 50, 2.5, 120, -1.0);
        assertEquals(0.0, s.v[0][50], 0.0);
        assertEquals(2.5, s.v[0][51], 1e-12, "the weight arrives at the end of step 50");
        double expected121 = 2.5 * Math.exp(-(121 - 51) * 0.1 / 10) - 1.0;
        assertEquals(expected121, s.v[0][121], 1e-8, "decay, then the inhibitory jump");
    }

    @Test
    void aSpikePortInAnEquationIsATrainOfDeltaPulsesLikeTheDeltaKernel() {
        // NESTML's y' = ... + c * spikes: a spike of weight w makes y jump by c·w (spikes is in 1/s)
        String bare = DELTA.replace("unit_psp * convolve(K, spikes) / ms", "unit_psp * spikes");
        Population kernel = Models.source(DELTA).createPopulation(1);
        Population pulses = Models.source(bare).createPopulation(1);
        PairSlice a = new PairSlice(kernel, 0.1, 10, 0, false, 200).runWithInput(200, 50, 2.5, 120, -1.0);
        PairSlice b = new PairSlice(pulses, 0.1, 10, 0, false, 200).runWithInput(200, 50, 2.5, 120, -1.0);
        assertEquals(2.5, b.v[0][51], 1e-12);
        for (int k = 0; k <= 200; k++) {
            assertEquals(a.v[0][k], b.v[0][k], 1e-12 * Math.max(1.0, Math.abs(a.v[0][k])), "step " + k);
        }
    }

    private static final String RANDOM = String.join("\n",
            "model r:",
            "    state:",
            "        x real = 0",
            "        V_m mV = 0 mV",
            "    equations:",
            "        V_m' = -V_m / tau + I_e / C_m",
            "    parameters:",
            "        tau ms = 10 ms",
            "        C_m pF = 100 pF",
            "        I_e pA = 0 pA",
            "    update:",
            "        integrate_odes()",
            "        x = random_normal(0, 1)",
            "        V_m += random_uniform(0 mV, 1 mV)",
            "");

    @Test
    void randomNumbersFollowTheirDistributionAndDependOnlyOnTheNeuron() {
        NeuronModel model = Models.source(RANDOM);
        Population a = model.createPopulation(4);
        int steps = 5000;
        PairSlice s = new PairSlice(a, 0.1, 10, 0, false, steps);
        int x = a.recordableIndex("x");
        double sum = 0;
        double sum2 = 0;
        double[] first = new double[4];
        for (int slice = 0; slice < steps / 10; slice++) {
            s.origin = slice * 10L;
            a.update(0, 4, s);
            for (int i = 0; i < 4; i++) {
                double v = a.recordable(x, i);
                sum += v;
                sum2 += v * v;
                if (slice == 0) {
                    first[i] = v;
                }
            }
        }
        int n = 4 * steps / 10;
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        assertTrue(Math.abs(mean) < 0.1, "mean " + mean);
        assertTrue(Math.abs(sd - 1) < 0.1, "sd " + sd);
        assertTrue(first[0] != first[1], "each neuron has its own stream");
        // the same neuron index gives the same stream in another population
        Population b = model.createPopulation(4);
        PairSlice t = new PairSlice(b, 0.1, 10, 0, false, 10);
        b.update(2, 4, t);
        b.update(0, 2, t);
        double[] again = new double[4];
        for (int i = 0; i < 4; i++) {
            again[i] = b.recordable(x, i);
        }
        assertArrayEquals(first, again, 0.0);
    }

    @TestFactory
    Stream<DynamicTest> aModelWithRandomNumbersConforms() {
        return NeuronModelConformance.of(ConformanceTest.warm(Models.source(RANDOM))).tests();
    }

    @Test
    void randomPoissonHasItsMeanAndVarianceBelowAndAboveTheMethodSwitch() {
        for (double mean : new double[] {0.0, 3.0, 100.0}) {
            Population p = Models.source(String.join("\n",
                    "model poisson:",
                    "    state:",
                    "        V_m mV = 0 mV",
                    "        n integer = 0",
                    "        sum real = 0",
                    "        squares real = 0",
                    "        whole boolean = true",
                    "    parameters:",
                    "        lam real = " + mean,
                    "    update:",
                    "        k integer = random_poisson(lam)",
                    "        n += 1",
                    "        sum += k",
                    "        squares += k * k",
                    "        whole = whole and k == floor(k) and k >= 0",
                    "")).createPopulation(1);
            new PairSlice(p, 0.1, 100, 0, false, 20000).runWithInput(20000, 0, 0.0, 0, 0.0);
            double n = p.get("n", 0);
            double m = p.get("sum", 0) / n;
            double var = p.get("squares", 0) / n - m * m;
            assertEquals(20000, n, 0.0);
            assertEquals(1.0, p.get("whole", 0), 0.0, "whole numbers >= 0");
            // 20,000 draws: the mean's standard error is sqrt(mean / 20000), 5 of them allowed
            assertEquals(mean, m, 5 * Math.sqrt(Math.max(mean, 1e-9) / 20000) + 1e-12, "mean " + mean);
            assertEquals(mean, var, 0.05 * mean + 1e-12, "variance " + mean);
        }
    }
}
