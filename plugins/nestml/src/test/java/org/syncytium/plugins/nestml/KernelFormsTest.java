package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;

/**
 * The same synaptic current written three ways gives the same membrane potential: a beta kernel as a
 * function of t (two exponential terms), as ODEs ({@code kernel g' = g$ - g/tau_r, g$' = -g$/tau_d} with
 * the initial values in the state block), and an alpha kernel as a function and as a second-order ODE
 * with a declared derivative state ({@code g''}).
 */
class KernelFormsTest {

    private static final String TEMPLATE = String.join("\n",
            "model k:",
            "    state:",
            "        V_m mV = 0 mV",
            "STATE",
            "    equations:",
            "KERNEL",
            "        V_m' = -V_m / tau_m + convolve(g, spikes) * mV / ms",
            "    parameters:",
            "        tau_m ms = 10 ms",
            "        tau_r ms = 0.5 ms",
            "        tau_d ms = 3 ms",
            "    input:",
            "        spikes <- spike",
            "    update:",
            "        integrate_odes()",
            "");

    private static double[] trace(String state, String kernel) {
        Population p = Models.source(TEMPLATE.replace("STATE", state).replace("KERNEL", kernel)).createPopulation(1);
        p.set(0, new String[] {"gsl_abs_error_tol", "gsl_rel_error_tol"}, new double[] {1e-10, 0});
        PairSlice s = new PairSlice(p, 0.1, 10, 0, false, 300).runWithInput(300, 10, 2.0, 100, 1.0);
        return s.v[0];
    }

    private static double maxDiff(double[] a, double[] b) {
        double max = 0;
        for (int k = 1; k < a.length; k++) {
            max = Math.max(max, Math.abs(a[k] - b[k]));
        }
        return max;
    }

    @Test
    void betaKernelAsFunctionAndAsOdes() {
        double[] function = trace("        dummy real = 0",
                "        kernel g = (exp(-t / tau_d) - exp(-t / tau_r)) / (tau_d - tau_r) * ms");
        double[] odes = trace(String.join("\n",
                "        g real = 0",
                "        g$ 1/ms = ms / (tau_d * tau_r)"),
                String.join("\n",
                        "        kernel g' = g$ - g / tau_d,",
                        "               g$' = -g$ / tau_r"));
        double peak = 0;
        for (double v : function) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertTrue(peak > 0.1, "the spikes move V: " + peak);
        double diff = maxDiff(function, odes);
        System.out.printf("beta kernel: function vs ODE form max |dV| = %.2e mV (peak %.3f mV)%n", diff, peak);
        assertTrue(diff < 1e-7, "function vs ODE form: " + diff);
    }

    @Test
    void aKernelOfSeveralTermsIsRecordableAsOneValueUnderNestmlsName() {
        Population p = Models.source(TEMPLATE.replace("STATE", "        dummy real = 0").replace("KERNEL",
                "        kernel g = (exp(-t / tau_d) - exp(-t / tau_r)) / (tau_d - tau_r) * ms")).createPopulation(1);
        new PairSlice(p, 0.1, 10, 0, false, 30).runWithInput(30, 10, 2.0, 100, 1.0);
        int sum = p.recordableIndex("g__X__spikes");
        assertTrue(sum >= 0, "g__X__spikes is recordable");
        double terms = p.recordable(p.recordableIndex("g__X__spikes__0"), 0) + p.recordable(p.recordableIndex("g__X__spikes__1"), 0);
        double expected = 2.0 * (Math.exp(-1.9 / 3.0) - Math.exp(-1.9 / 0.5)) / 2.5;
        assertEquals(terms, p.recordable(sum, 0), 0.0);
        assertEquals(expected, p.recordable(sum, 0), 1e-6, "the beta kernel 1.9 ms after a spike of weight 2");
    }

    @Test
    void alphaKernelAsFunctionAndAsSecondOrderOde() {
        double[] function = trace("        dummy real = 0", "        kernel g = (e / tau_d) * t * exp(-t / tau_d) * ms / ms");
        double[] ode = trace(String.join("\n",
                "        g real = 0",
                "        g' 1/ms = e / tau_d"),
                "        kernel g'' = -2 * g' / tau_d - g / tau_d**2");
        double diff = maxDiff(function, ode);
        System.out.printf("alpha kernel: function vs second-order ODE max |dV| = %.2e mV%n", diff);
        assertTrue(diff < 1e-7, "function vs ODE form: " + diff);
    }
}
