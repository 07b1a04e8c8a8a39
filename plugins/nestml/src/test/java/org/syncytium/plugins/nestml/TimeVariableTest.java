package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;

/**
 * NESTML's {@code t} in a neuron's statements is the end of the step being computed, as its NEST
 * target has it (NESTML's own test_time_variable records {@code x = t} and finds the multimeter's
 * times); in equations it runs through the step.
 */
class TimeVariableTest {

    private static final String CLOCK = String.join("\n",
            "model clock:",
            "    state:",
            "        V_m ms = 0 ms",
            "    update:",
            "        V_m = t",
            "");

    @Test
    void tInTheUpdateBlockIsTheEndOfTheStep() {
        Population p = Models.source(CLOCK).createPopulation(1);
        PairSlice s = new PairSlice(p, 0.25, 8, 0, false, 40).runWithInput(40, 3, 0.0, 5, 0.0);
        for (int k = 1; k <= 40; k++) {
            assertEquals(k * 0.25, s.v[0][k], 1e-12, "after step " + k);
        }
    }
}
