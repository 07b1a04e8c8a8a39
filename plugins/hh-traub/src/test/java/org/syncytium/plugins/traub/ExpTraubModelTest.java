package org.syncytium.plugins.traub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

class ExpTraubModelTest {

    /** A passive neuron: the conductance jumps by the weight and decays with tau_syn (checked against the exponential). */
    @Test
    void aSpikeRaisesTheConductanceByItsWeightThenItDecays() {
        FakeRunContext context = new FakeRunContext(0.1, 10, 0, false);
        Population p = new ExpTraubModel().createPopulation(1);
        p.set(0, new String[] {"g_Na", "g_K"}, new double[] {0.0, 0.0});
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        io.spikeExcitatory()[0] = 3.0;
        io.spikeInhibitory()[0] = -2.0; // inhibitory weights arrive negative
        p.update(0, 1, io); // a slice of 10 steps: added after step 0, then 9 steps of decay
        assertEquals(3.0 * Math.exp(-0.9 / 5.0), p.get("g_ex", 0), 1e-6);
        assertEquals(2.0 * Math.exp(-0.9 / 10.0), p.get("g_in", 0), 1e-6);
        io.nextSlice();
        for (int s = 1; s < 10; s++) { // 9 ms more
            p.update(0, 1, io);
            io.nextSlice();
        }
        assertEquals(3.0 * Math.exp(-9.9 / 5.0), p.get("g_ex", 0), 1e-5);
        assertEquals(2.0 * Math.exp(-9.9 / 10.0), p.get("g_in", 0), 1e-5);
    }

    /** With NEST's defaults (V_T = -63 mV) it spikes where V passes -33 mV on a falling flank, once per spike. */
    @Test
    void aConstantCurrentMakesItFireOncePerSpike() {
        FakeRunContext context = new FakeRunContext(0.1, 10, 0, false);
        Population p = new ExpTraubModel().createPopulation(1);
        p.set(0, new String[] {"I_e"}, new double[] {200.0});
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        double max = -100;
        for (int s = 0; s < 100; s++) {
            p.update(0, 1, io);
            max = Math.max(max, p.get("V_m", 0));
            io.nextSlice();
        }
        assertTrue(max > 0, "spikes overshoot: max V_m " + max);
        assertTrue(io.spikeCount() >= 5 && io.spikeCount() < 100, "spikes in 100 ms at 200 pA: " + io.spikeCount());
    }

    @Test
    void refusesNESTsBadProperties() {
        Population p = new ExpTraubModel().createPopulation(2);
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"C_m"}, new double[] {0.0}));
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"tau_syn_in"}, new double[] {-1.0}));
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"t_ref"}, new double[] {-0.1}));
        assertThrows(BadPropertyException.class, () -> p.set(1, new String[] {"Act_n"}, new double[] {-0.5}));
        assertEquals(200.0, p.get("C_m", 0));
        assertEquals(-63.0, p.get("V_T", 1));
    }
}
