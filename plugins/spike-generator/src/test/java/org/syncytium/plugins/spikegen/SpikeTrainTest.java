package org.syncytium.plugins.spikegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeStimulusOutput;

class SpikeTrainTest {

    /** "stamp x multiplicity (weighted sum)" of every emission on target 0, over {@code slices} slices of D steps. */
    private static List<String> run(SpikeTrain train, double h, int d, int slices) {
        train.prepare(h);
        List<String> seen = new ArrayList<>();
        for (int s = 0; s < slices; s++) {
            FakeStimulusOutput out = new FakeStimulusOutput(2, d, 1);
            long origin = (long) s * d;
            train.emit(origin, 0, d, out);
            for (int l = 0; l < d; l++) {
                if (out.spikesAt(0, l) > 0) {
                    assertEquals(out.spikesAt(0, l), out.spikesAt(1, l), "every target gets the same spikes");
                    seen.add((origin + l + 1) + "x" + out.spikesAt(0, l) + "(" + out.weightedSpikesAt(0, l) + ")");
                }
            }
        }
        return seen;
    }

    private static SpikeTrain train(Object... keysAndValues) {
        SpikeTrain train = (SpikeTrain) new SpikeGenerator().create();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            train.set((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return train;
    }

    @Test
    void aSpikeAtTIsStampedTInsideTheWindowWithItsWeightAndMultiplicity() {
        SpikeTrain train = train("spike_times", List.of(0.1, 0.5, 0.5, 1.2, 3.0), "spike_weights",
                List.of(1.0, 2.0, 0.5, -1.0, 4.0), "spike_multiplicities", List.of(1.0, 1.0, 3.0, 2.0, 1.0),
                "start", 0.1, "stop", 1.2);
        // start 0.1 excludes the spike at 0.1 (window (start, stop]); stop 1.2 keeps 1.2; 3.0 is after it
        assertEquals(List.of("5x4(3.5)", "12x2(-2.0)"), run(train, 0.1, 4, 10));
    }

    @Test
    void originShiftsTheTimesAndOffGridTimesMoveUpWhenAllowed() {
        SpikeTrain train = train("spike_times", List.of(0.25), "origin", 1.0);
        assertThrows(BadPropertyException.class, () -> train.prepare(0.1));
        train.set("allow_offgrid_times", true);
        assertEquals(List.of("13x1(1.0)"), run(train, 0.1, 5, 4));
    }

    @Test
    void refusesWhatNestRefuses() {
        SpikeTrain train = train();
        assertThrows(BadPropertyException.class, () -> train.set("spike_times", List.of(2.0, 1.0)));
        assertThrows(BadPropertyException.class, () -> train.set("spike_times", List.of(0.0)));
        assertThrows(BadPropertyException.class, () -> train.set("spike_multiplicities", List.of(1.5)));
        assertThrows(BadPropertyException.class, () -> train.set("precise_times", true));
        train.set("spike_times", List.of(1.0, 2.0));
        train.set("spike_weights", List.of(1.0));
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> train.prepare(0.1));
        assertTrue(e.getMessage().contains("spike_weights"), e.getMessage());
        assertEquals(List.of(1.0, 2.0), train.get("spike_times"));
    }
}
