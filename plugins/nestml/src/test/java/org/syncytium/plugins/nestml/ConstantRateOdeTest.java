package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;

/**
 * An ODE with a constant right-hand side (NESTML's refractory timers, {@code refr_t' = -1e3 * ms/s})
 * advances by exactly h·c per step, whatever step sizes the RKF45 control takes for the model's
 * other ODEs: so a timer ends on the same step in every neuron, as NESTML's NEST target's
 * propagator makes it end. A decay x' = a·x that no other ODE reads is propagated exactly too.
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

    static final String TRACE = String.join("\n",
            "model trace:",
            "    state:",
            "        V_m mV = 0 mV",
            "        x real = 42",
            "        y real = 42",
            "    equations:",
            "        recordable inline both real = x * y",
            "        x' = -x / tau",
            "        y' = -y**2 / tau",
            "    parameters:",
            "        tau ms = 4 ms",
            "    update:",
            "        integrate_odes()",
            "");

    @Test
    void aDecayNothingElseReadsIsPropagatedExactlyBesideANonlinearOde() {
        Population p = Models.source(TRACE).createPopulation(1);
        new PairSlice(p, 1.0, 9, 0, false, 9).runWithInput(9, 0, 0.0, 0, 0.0);
        double expected = 42.0;
        for (int k = 0; k < 9; k++) {
            expected *= Math.exp(1.0 * (-1.0 / 4.0));
        }
        assertEquals(expected, p.get("x", 0), 1e-15 * expected, "x = 42 exp(-9/4), not the RKF45 estimate");
        assertEquals(42.0 * 4 / (42 * 9 + 4), p.get("y", 0), 1e-6 * p.get("y", 0), "y by RKF45");
        // read by another ODE, x stays inside RKF45 (its step sees x change): off by the control's error
        Population coupled = Models.source(TRACE.replace("y' = -y**2 / tau", "y' = -y * x / tau")).createPopulation(1);
        new PairSlice(coupled, 1.0, 9, 0, false, 9).runWithInput(9, 0, 0.0, 0, 0.0);
        double error = Math.abs(coupled.get("x", 0) - expected) / expected;
        assertTrue(error > 1e-12 && error < 1e-5, "relative error " + error);
    }
}
