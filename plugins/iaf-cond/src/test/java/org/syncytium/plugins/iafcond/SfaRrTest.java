package org.syncytium.plugins.iafcond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

class SfaRrTest {

    /** The interval between spikes under a constant current: later intervals grow as g_sfa builds up. */
    @Test
    void adaptationLengthensTheIntervalsAndEachSpikeRaisesBothConductances() {
        FakeRunContext context = new FakeRunContext(0.1, 1, 0, false);
        Population p = new IafCondExpSfaRrModel().createPopulation(1);
        p.set(0, new String[] {"I_e"}, new double[] {1000.0});
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        java.util.List<Integer> spikes = new java.util.ArrayList<>();
        for (int s = 0; s < 3000; s++) { // 300 ms in one-step slices
            p.update(0, 1, io);
            if (io.spikeCount() > 0) {
                spikes.add(s);
                io.clearOutput();
                if (spikes.size() == 1) {
                    assertEquals(14.48, p.get("g_sfa", 0), 1e-12, "q_sfa at the first spike");
                    assertEquals(3214.0, p.get("g_rr", 0), 1e-12, "q_rr at the first spike");
                    assertEquals(-70.0, p.get("V_m", 0), 0.0, "reset");
                }
            }
            io.nextSlice();
        }
        assertTrue(spikes.size() >= 4, "spikes: " + spikes);
        int first = spikes.get(1) - spikes.get(0);
        int last = spikes.get(spikes.size() - 1) - spikes.get(spikes.size() - 2);
        assertTrue(last > first, "intervals in steps grow: first " + first + ", last " + last);
    }

    @Test
    void refusesNESTsBadProperties() {
        Population p = new IafCondExpSfaRrModel().createPopulation(1);
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"tau_rr"}, new double[] {0.0}));
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"V_reset"}, new double[] {-50.0}));
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"C_m"}, new double[] {-1.0}));
        assertEquals(1.97, p.get("tau_rr", 0));
        assertEquals(-70.0, p.get("V_reset", 0));
    }
}
