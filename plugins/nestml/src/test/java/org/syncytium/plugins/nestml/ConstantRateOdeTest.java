package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;

/**
 * An ODE with a constant right-hand side (NESTML's refractory timers, {@code refr_t' = -1e3 * ms/s})
 * advances by exactly h·c per step, whatever step sizes the RKF45 control takes for the model's
 * other ODEs: so a timer ends on the same step in every neuron, as NESTML's NEST target's
 * propagator makes it end.
 */
class ConstantRateOdeTest {

    private static final String TIMER = String.join("\n",
            "model timer:",
            "    state:",
            "        V_m mV = 2 mV",
            "        x real = 0",
            "    equations:",
            "        V_m' = -1e3 * mV/s",
            "        x' = -x / tau",
            "    parameters:",
            "        tau ms = 0.03 ms",
            "    input:",
            "        spikes <- spike",
            "    update:",
            "        integrate_odes()",
            "    onReceive(spikes):",
            "        x += 1e6 * spikes * s",
            "");

    @Test
    void aTimerAdvancesByTheStepExactlyBesideAStiffOde() {
        Population p = Models.source(TIMER).createPopulation(1);
        PairSlice s = new PairSlice(p, 0.1, 10, 0, false, 60).runWithInput(60, 5, 3.0, 17, 2.0);
        double expected = 2.0;
        for (int k = 1; k <= 60; k++) {
            expected += 0.1 * -1.0;
            assertEquals(expected, s.v[0][k], 0.0, "step " + k + " (the timer crosses 0 at step 20)");
        }
    }
}
