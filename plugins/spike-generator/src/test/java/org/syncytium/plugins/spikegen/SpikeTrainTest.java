package org.syncytium.plugins.spikegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeDeviceClock;
import org.syncytium.testkit.FakeStimulusOutput;

class SpikeTrainTest {

    private static DeviceClock clock(double h, long now) {
        return FakeDeviceClock.at(h, now);
    }

    /** "stamp x multiplicity (weighted sum)[-offset]" of every emission on target 0, over {@code slices} slices of D steps. */
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
                    double offset = out.offsetAt(0, l);
                    seen.add((origin + l + 1) + "x" + out.spikesAt(0, l) + "(" + out.weightedSpikesAt(0, l) + ")"
                            + (offset == 0.0 ? "" : String.format("-%.4f", offset)));
                }
            }
        }
        return seen;
    }

    private static SpikeTrain train(Object... keysAndValues) {
        return train(null, keysAndValues);
    }

    /** A train attached to {@code clock} (if not null), set with one dictionary. */
    private static SpikeTrain train(DeviceClock clock, Object... keysAndValues) {
        SpikeTrain train = (SpikeTrain) new SpikeGenerator().create();
        if (clock != null) {
            train.attach(clock);
        }
        train.set(dict(keysAndValues));
        return train;
    }

    private static Map<String, Object> dict(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            values.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return values;
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
        train.set(dict("allow_offgrid_times", true, "spike_times", List.of(0.25)));
        assertEquals(List.of("13x1(1.0)"), run(train, 0.1, 5, 4));
    }

    @Test
    void timesMeetTheGridThroughTicsWhenTheyAreSet() {
        // 2.9999 ms is 3000 tics: on the grid, as in NEST; 1.05 ms is refused at once, naming the time
        SpikeTrain train = train(clock(0.1, 0), "spike_times", List.of(2.9999, 4.3001));
        assertEquals(List.of(3.0, 4.3), train.get("spike_times"));
        assertEquals(List.of("30x1(1.0)", "43x1(1.0)"), run(train, 0.1, 10, 6));
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> train.set(dict("spike_times", List.of(1.0, 1.05))));
        assertTrue(e.getMessage().contains("Time point 1.05 is not representable"), e.getMessage());
        assertEquals(List.of(3.0, 4.3), train.get("spike_times"), "a refused dictionary changes nothing");

        SpikeTrain moved = train(clock(0.1, 0), "allow_offgrid_times", true, "spike_times", List.of(1.0, 1.05, 3.0001));
        assertEquals(List.of(1.0, 1.1, 3.0), moved.get("spike_times"));
    }

    @Test
    void preciseTimesKeepTheirOffsetWithinTheStep() {
        SpikeTrain train = train(clock(0.1, 0), "precise_times", true, "spike_times", List.of(1.0, 1.05, 3.0001));
        assertEquals(List.of(1.0, 1.05, 3.0001), train.get("spike_times"));
        assertEquals(List.of("10x1(1.0)", "11x1(1.0)-0.0500", "31x1(1.0)-0.0999"), run(train, 0.1, 10, 4));

        // a coarse grid: 0.1 ms at h = 1 is the end of step 1, 0.9 ms before it
        SpikeTrain coarse = train(clock(1.0, 0), "precise_times", true, "spike_times", List.of(0.1, 5.0));
        assertEquals(List.of("1x1(1.0)-0.9000", "5x1(1.0)"), run(coarse, 1.0, 2, 4));
    }

    @Test
    void shiftNowSpikesMovesASpikeAtTheCurrentStepOn() {
        // after 10 ms at h = 0.1: 10.0001 is step 100, the current one, and goes to 101; 11.0001 stays at 110
        SpikeTrain train = train(clock(0.1, 100), "shift_now_spikes", true, "spike_times", List.of(10.0001, 11.0001));
        assertEquals(List.of(10.1, 11.0), train.get("spike_times"));
        SpikeTrain plain = train(clock(0.1, 0), "shift_now_spikes", true, "spike_times", List.of(0.0));
        assertEquals(List.of(0.1), plain.get("spike_times"), "0 is allowed with shift_now_spikes and moves to h");
    }

    @Test
    void flagsComeWithTheTimesTheyGovern() {
        SpikeTrain train = train(clock(0.1, 0), "spike_times", List.of(1.0));
        assertThrows(BadPropertyException.class, () -> train.set(dict("allow_offgrid_times", true)));
        assertEquals(false, train.get("allow_offgrid_times"));
        train.set(dict("allow_offgrid_times", true, "spike_times", List.of(1.05)));
        assertEquals(List.of(1.1), train.get("spike_times"));
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> train(clock(0.1, 0), "precise_times", true, "allow_offgrid_times", true));
        assertTrue(e.getMessage().contains("precise_times cannot be set to true"), e.getMessage());
        assertThrows(BadPropertyException.class,
                () -> train(clock(0.1, 0), "shift_now_spikes", true, "precise_times", true));
    }

    @Test
    void refusesWhatNestRefuses() {
        SpikeTrain train = train();
        assertThrows(BadPropertyException.class, () -> train.set("spike_times", List.of(2.0, 1.0)));
        assertThrows(BadPropertyException.class, () -> train.set("spike_times", List.of(0.0)));
        assertThrows(BadPropertyException.class, () -> train.set("spike_multiplicities", List.of(1.5)));
        train.set("spike_times", List.of(1.0, 2.0));
        assertThrows(BadPropertyException.class, () -> train.set("spike_weights", List.of(1.0)),
                "a weight list is checked against the times when it is set");
        train.set(dict("spike_times", List.of(1.0, 2.0, 3.0)));
        train.set("spike_weights", List.of(1.0, 1.0, 1.0));
        train.set(dict("spike_times", List.of(1.0, 2.0)));
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> train.prepare(0.1));
        assertTrue(e.getMessage().contains("spike_weights"), e.getMessage());
        assertEquals(List.of(1.0, 2.0), train.get("spike_times"));
    }
}
