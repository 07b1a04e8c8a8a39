package org.syncytium.plugins.nestml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The exact step of z' = A z + b against closed forms: a current I' = -I / tau_s driving
 * V' = -(V - E) / tau_m + I / C (NEST's iaf_psc_exp propagators), stiff (h / tau_s = 50), and with V
 * held by the mask (a refractory step: only I advances, V's input is its held value).
 */
class LinearPropagatorTest {

    private static double[] step(double tauM, double tauS, double c, double e, double h, double[] z, long mask) {
        LinearPropagator p = new LinearPropagator(2);
        p.clear();
        p.a[0] = -1 / tauM; // V row
        p.a[1] = 1 / c;
        p.b[0] = e / tauM;
        p.a[3] = -1 / tauS; // I row
        double[] out = z.clone();
        p.advance(out, mask, h);
        return out;
    }

    @Test
    void matchesNestsIafPscExpPropagators() {
        for (double[] k : new double[][] {{10, 2, 250, -70, 0.1}, {10, 0.002, 250, -70, 0.1}, {20, 0.5, 100, -65, 1.0}}) {
            double tauM = k[0];
            double tauS = k[1];
            double c = k[2];
            double e = k[3];
            double h = k[4];
            double v = -60;
            double i = 400;
            double[] z = step(tauM, tauS, c, e, h, new double[] {v, i}, 3L);
            double p22 = Math.exp(-h / tauM);
            double p11 = Math.exp(-h / tauS);
            double p21 = tauS * tauM / (c * (tauM - tauS)) * (p22 - p11); // NEST's propagator_exp
            double expected = e + (v - e) * p22 + p21 * i;
            assertEquals(expected, z[0], 1e-12 * Math.abs(expected), "V, tau_s " + tauS);
            assertEquals(i * p11, z[1], 1e-12 * Math.max(1e-300, i * p11), "I, tau_s " + tauS);
        }
    }

    @Test
    void aHeldStateStaysAndEntersTheOthersAsInput() {
        double[] z = step(10, 2, 250, -70, 0.1, new double[] {-60, 400}, 2L);
        assertEquals(-60, z[0], 0.0, "V held");
        assertEquals(400 * Math.exp(-0.05), z[1], 1e-12 * 400);
    }
}
