package org.syncytium.plugins.iafcond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

/** iaf_cond_beta: its conductance's peak, and its equality with iaf_cond_alpha where rise and decay meet. */
class CondBetaTest {

    /** Runs {@code slices} slices with the same excitatory and inhibitory spikes, tracing a recordable; returns the spike count. */
    private static int drive(Population population, int slices, String recordable, double[] trace) {
        FakeRunContext context = FakeRunContext.uncoupled();
        population.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        int index = population.recordableIndex(recordable);
        int spikes = 0;
        for (int s = 0; s < slices; s++) {
            if (s % 3 == 0) {
                io.spikeExcitatory()[2] = 6.0;
            }
            if (s % 5 == 1) {
                io.spikeInhibitory()[7] = -9.0;
            }
            for (int l = 0; l < context.sliceSteps(); l++) {
                io.steps(l, l + 1);
                population.update(0, 1, io);
                trace[s * context.sliceSteps() + l] = population.recordable(index, 0);
            }
            spikes += io.spikeCount();
            io.clearOutput();
            io.nextSlice();
        }
        return spikes;
    }

    @Test
    void whereRiseAndDecayMeetItIsTheAlphaModel() {
        for (String recordable : new String[] {"V_m", "g_ex", "g_in"}) {
            Population beta = new IafCondBetaModel().createPopulation(1);
            beta.set(0, new String[] {"tau_rise_ex", "tau_decay_ex", "tau_rise_in", "tau_decay_in", "I_e"},
                    new double[] {1.5, 1.5, 4.0, 4.0, 500.0});
            Population alpha = new IafCondAlphaModel().createPopulation(1);
            alpha.set(0, new String[] {"tau_syn_ex", "tau_syn_in", "I_e"}, new double[] {1.5, 4.0, 500.0});
            double[] b = new double[600];
            double[] a = new double[600];
            int spikes = drive(beta, 60, recordable, b);
            assertEquals(spikes, drive(alpha, 60, recordable, a));
            assertTrue(spikes > 2, "the neuron fired " + spikes);
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 0.0, recordable + " at step " + k);
            }
        }
    }

    @Test
    void aSpikeOfWeightWMakesTheConductancePeakAtW() {
        double rise = 0.5;
        double decay = 3.0;
        Population beta = new IafCondBetaModel().createPopulation(1);
        beta.set(0, new String[] {"tau_rise_ex", "tau_decay_ex"}, new double[] {rise, decay});
        FakeRunContext context = FakeRunContext.uncoupled();
        beta.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        io.spikeExcitatory()[0] = 5.0; // taken up after step 0
        double peak = 0;
        int peakStep = -1;
        for (int s = 0; s < 200; s++) {
            if (s > 0 && s % 10 == 0) {
                io.nextSlice();
            }
            io.steps(s % 10, s % 10 + 1);
            beta.update(0, 1, io);
            double g = beta.get("g_ex", 0);
            if (g > peak) {
                peak = g;
                peakStep = s;
            }
        }
        double tPeak = decay * rise * Math.log(decay / rise) / (decay - rise);
        assertEquals(5.0, peak, 2e-3, "RKF45 at NEST's absolute tolerance 1e-3");
        assertEquals(tPeak, peakStep * 0.1, 0.1);
        assertTrue(beta.get("dg_ex", 0) > 0, "the rising part decays with tau_decay and stays positive");
    }

    @Test
    void everyTimeConstantMustBePositive() {
        Population beta = new IafCondBetaModel().createPopulation(1);
        for (String name : new String[] {"tau_rise_ex", "tau_decay_ex", "tau_rise_in", "tau_decay_in"}) {
            assertThrows(BadPropertyException.class, () -> beta.set(0, new String[] {name}, new double[] {0.0}), name);
        }
        assertEquals(0.2, beta.get("tau_rise_ex", 0));
        assertEquals(2.0, beta.get("tau_decay_in", 0));
    }
}
