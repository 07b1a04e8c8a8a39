package org.syncytium.plugins.iaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.support.neuron.PscPropagators;

class IafPscAlphaTest {

    private static IafPopulation population(int n) {
        return (IafPopulation) new IafPscAlphaModel().createPopulation(n);
    }

    @Test
    void restsAtELWithoutInput() {
        IafPopulation p = population(1);
        TestSlice slice = new TestSlice(0.1, 10, 1);
        p.prepare(slice);
        slice.run(p, 100);
        assertEquals(-70.0, p.get("V_m", 0), 0.0);
        assertTrue(slice.spikes.isEmpty());
    }

    @Test
    void constantCurrentFiresAtAnalyticTimes() {
        // V(t) = E_L + (I_e tau_m / C)(1 - exp(-t/tau_m)) reaches V_th = -55 at t = 10 ln(376) = 59.297 ms,
        // so the first step ending above threshold is step 593; after 20 refractory steps the same again.
        IafPopulation p = population(1);
        p.set(0, new String[] {"I_e"}, new double[] {376.0});
        TestSlice slice = new TestSlice(0.1, 10, 1);
        p.prepare(slice);
        slice.run(p, 130);
        List<Long> stamps = new ArrayList<>();
        slice.spikes.forEach(s -> stamps.add(s[1]));
        assertEquals(List.of(593L, 1206L), stamps);
    }

    @Test
    void alphaCurrentPeaksAtWeightAfterTauSyn() {
        IafPopulation p = population(1);
        TestSlice slice = new TestSlice(0.1, 5, 1);
        p.prepare(slice);
        slice.ex[4] = 100.0;   // takes effect at the end of the first slice's last step (t = 0.5 ms)
        slice.in[4] = -40.0;
        slice.run(p, 1);
        slice.run(p, 3);        // 15 steps = 1.5 ms after the input
        // I(t) = w (t/tau) e^{1 - t/tau}
        assertEquals(100.0 * 0.75 * Math.exp(0.25), p.recordable(1, 0), 1e-10);
        slice.run(p, 1);        // 20 steps = tau_syn: the peak equals the weight
        assertEquals(100.0, p.recordable(1, 0), 1e-10);
        assertEquals(-40.0, p.recordable(2, 0), 1e-10);
    }

    @Test
    void propagatorsMatchFineNumericalIntegration() {
        double h = 0.1;
        double tauS = 2.0;
        double tauM = 10.0;
        double c = 250.0;
        // integrate dI' = -dI/tauS, I' = dI - I/tauS, V' = -V/tauM + I/C from (dI, I, V) = (1, 0, 0) and (0, 1, 0)
        assertEquals(rk4(1, 0, tauS, tauM, c, h), PscPropagators.alphaDerivative(tauS, tauM, c, h), 1e-14);
        assertEquals(rk4(0, 1, tauS, tauM, c, h), PscPropagators.alphaCurrent(tauS, tauM, c, h), 1e-14);
        // the singular case tau_s = tau_m uses the limit
        assertEquals(rk4(1, 0, tauM, tauM, c, h), PscPropagators.alphaDerivative(tauM, tauM, c, h), 1e-14);
        assertEquals(rk4(0, 1, tauM, tauM, c, h), PscPropagators.alphaCurrent(tauM, tauM, c, h), 1e-14);
    }

    private static double rk4(double dI0, double i0, double tauS, double tauM, double c, double h) {
        int n = 10000;
        double dt = h / n;
        double[] y = {dI0, i0, 0};
        for (int k = 0; k < n; k++) {
            double[] k1 = f(y, tauS, tauM, c);
            double[] k2 = f(add(y, k1, dt / 2), tauS, tauM, c);
            double[] k3 = f(add(y, k2, dt / 2), tauS, tauM, c);
            double[] k4 = f(add(y, k3, dt), tauS, tauM, c);
            for (int j = 0; j < 3; j++) {
                y[j] += dt / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
            }
        }
        return y[2];
    }

    private static double[] f(double[] y, double tauS, double tauM, double c) {
        return new double[] {-y[0] / tauS, y[0] - y[1] / tauS, -y[2] / tauM + y[1] / c};
    }

    private static double[] add(double[] y, double[] k, double s) {
        return new double[] {y[0] + s * k[0], y[1] + s * k[1], y[2] + s * k[2]};
    }

    @Test
    void refusesBadValuesAndChangesNothing() {
        IafPopulation p = population(1);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> p.set(0, new String[] {"I_e", "V_reset"}, new double[] {10.0, -50.0}));
        assertTrue(e.getMessage().contains("V_reset"), e.getMessage());
        assertEquals(0.0, p.get("I_e", 0));
        assertThrows(BadPropertyException.class, () -> p.validate(0, new String[] {"C_m"}, new double[] {0.0}));
        assertThrows(BadPropertyException.class, () -> p.validate(0, new String[] {"t_ref"}, new double[] {-1.0}));
        UnknownNameException unknown = assertThrows(UnknownNameException.class, () -> p.get("tau_n", 0));
        assertTrue(unknown.getMessage().contains("tau_m"), unknown.getMessage());
    }

    @Test
    void changingELKeepsAbsolutePotential() {
        IafPopulation p = population(1);
        p.set(0, new String[] {"V_m"}, new double[] {-60.0});
        p.set(0, new String[] {"E_L"}, new double[] {-65.0});
        assertEquals(-60.0, p.get("V_m", 0), 1e-12);
    }
}
