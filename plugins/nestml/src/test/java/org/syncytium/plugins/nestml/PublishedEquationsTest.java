package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;
import org.syncytium.plugins.iaf.IafPscAlphaModel;

/**
 * The NESTML iaf_psc_alpha and izhikevich of examples/nestml against their NEST counterparts'
 * published equations: iaf_psc_alpha against the hand-written plugin (NEST's exact integration of
 * C dV/dt = -(V-E_L) C/tau_m + I_syn + I_e, alpha PSCs (e/tau) t exp(-t/tau), reset and t_ref); izhikevich
 * against dV/dt = 0.04 V^2 + 5 V + 140 - U + I, dU/dt = a (b V - U), V >= 30: V = c, U += d, integrated
 * here with RK4 at a 1000 times finer step.
 */
class PublishedEquationsTest {

    private static final double H = 0.1;

    @Test
    void iafPscAlphaFollowsNestsExactSolution() {
        Population nestml = Models.example("iaf_psc_alpha").createPopulation(1);
        Population nest = new IafPscAlphaModel().createPopulation(1);
        for (Population p : new Population[] {nestml, nest}) {
            p.set(0, new String[] {"I_e"}, new double[] {450.0});
        }
        int steps = 1000;
        PairSlice a = new PairSlice(nestml, H, 10, 0, false, steps);
        PairSlice b = new PairSlice(nest, H, 10, 0, false, steps);
        // an excitatory and an inhibitory spike at step 50 and 300
        for (PairSlice s : new PairSlice[] {a, b}) {
            s.runWithInput(steps, 50, 100.0, 300, -200.0);
        }
        double max = 0;
        for (int k = 1; k <= steps; k++) {
            max = Math.max(max, Math.abs(a.v[0][k] - b.v[0][k]));
        }
        System.out.printf("NESTML iaf_psc_alpha vs exact: max |dV| = %.2e mV over %d steps, spikes %d/%d%n", max, steps,
                a.spikeSteps(0).length, b.spikeSteps(0).length);
        assertTrue(b.spikeSteps(0).length >= 3, "the test drives the neuron to spike");
        assertArrayEquals(b.spikeSteps(0), a.spikeSteps(0), "spike steps");
        // the membrane and its alpha currents are one linear group, propagated exactly as NEST does (2.3e-9 under RKF45)
        assertTrue(max < 1e-11, "max |dV| " + max);
    }

    @Test
    void izhikevichFollowsThePublishedEquations() {
        Population nestml = Models.example("izhikevich").createPopulation(1);
        double iE = 10.0; // pA; (I_e * GOhm) / ms makes it the published equation's I = 10
        nestml.set(0, new String[] {"I_e"}, new double[] {iE});
        int steps = 2000;
        PairSlice s = new PairSlice(nestml, H, 10, 0, false, steps).run(steps, 0, false, 0, 0);
        // reference: RK4 with h/1000 of the published equations, reset checked once per simulation step
        double a = 0.02, b = 0.2, c = -65, d = 8;
        double v = -65, u = b * v;
        double fine = H / 1000;
        int spikes = 0;
        long[] ref = new long[64];
        double max = 0;
        for (int k = 1; k <= steps; k++) {
            for (int j = 0; j < 1000; j++) {
                double[] k1 = izh(v, u, a, b, iE);
                double[] k2 = izh(v + fine / 2 * k1[0], u + fine / 2 * k1[1], a, b, iE);
                double[] k3 = izh(v + fine / 2 * k2[0], u + fine / 2 * k2[1], a, b, iE);
                double[] k4 = izh(v + fine * k3[0], u + fine * k3[1], a, b, iE);
                v += fine / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
                u += fine / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            }
            if (v >= 30) {
                v = c;
                u += d;
                ref[spikes++] = k;
            }
            max = Math.max(max, Math.abs(v - s.v[0][k]));
        }
        long[] got = s.spikeSteps(0);
        System.out.printf("NESTML izhikevich vs published equations: %d spikes (reference %d), max |dV| = %.2e mV%n",
                got.length, spikes, max);
        assertTrue(spikes >= 5, "the test drives the neuron to spike");
        assertEquals(spikes, got.length, "number of spikes");
        for (int n = 0; n < spikes; n++) {
            assertTrue(Math.abs(got[n] - ref[n]) <= 1, "spike " + n + ": step " + got[n] + " vs " + ref[n]);
        }
    }

    private static double[] izh(double v, double u, double a, double b, double i) {
        return new double[] {0.04 * v * v + 5 * v + 140 - u + i, a * (b * v - u)};
    }
}
