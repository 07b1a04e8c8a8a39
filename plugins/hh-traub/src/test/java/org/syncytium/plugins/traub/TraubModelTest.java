package org.syncytium.plugins.traub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;
import org.syncytium.support.neuron.PeakNormalization;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

class TraubModelTest {

    /** NEST's beta_normalization_factor: the conductance after a 1 nS weight peaks at 1 nS. */
    @Test
    void aSpikeOfOneNanosiemensPeaksAtOneNanosiemens() {
        FakeRunContext context = new FakeRunContext(0.01, 10, 0, false);
        Population p = new TraubModel().createPopulation(1);
        p.set(0, new String[] {"g_Na", "g_K"}, new double[] {0.0, 0.0}); // passive: the conductance alone
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        io.spikeExcitatory()[0] = 1.0;
        double peak = 0;
        for (int s = 0; s < 300; s++) { // 30 ms
            p.update(0, 1, io);
            peak = Math.max(peak, p.get("g_ex", 0));
            io.nextSlice();
        }
        assertEquals(1.0, peak, 2e-4);
    }

    @Test
    void equalTimeConstantsGiveTheAlphaFunctionsNormalisation() {
        assertEquals(Math.E / 2.0, PeakNormalization.beta(2.0, 2.0), 1e-15);
    }

    /** A strong constant current makes it fire; the spike criterion is V >= V_T + 30 mV on the falling flank. */
    @Test
    void aConstantCurrentMakesItFire() {
        FakeRunContext context = new FakeRunContext(0.1, 10, 0, false);
        Population p = new TraubModel().createPopulation(1);
        p.set(0, new String[] {"I_e"}, new double[] {500.0});
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        for (int s = 0; s < 100; s++) {
            p.update(0, 1, io);
            io.nextSlice();
        }
        assertTrue(io.spikeCount() >= 3, "spikes in 100 ms at 500 pA: " + io.spikeCount());
    }
}
