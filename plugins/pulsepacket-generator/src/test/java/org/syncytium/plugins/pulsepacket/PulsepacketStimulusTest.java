package org.syncytium.plugins.pulsepacket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeStimulusOutput;

class PulsepacketStimulusTest {

    private static PulsepacketStimulus packets(List<Double> times, long activity, double sdev) {
        PulsepacketStimulus p = (PulsepacketStimulus) new PulsepacketGenerator().create();
        p.set("pulse_times", times);
        p.set("activity", activity);
        p.set("sdev", sdev);
        return p;
    }

    /** Spikes per step of target {@code t} over steps [0, steps), emitted in slices of {@code d}. */
    private static int[] run(PulsepacketStimulus p, int targets, int steps, int d, int t) {
        int[] counts = new int[steps];
        FakeStimulusOutput out = new FakeStimulusOutput(targets, d, 3);
        for (int origin = 0; origin < steps; origin += d) {
            out.clear();
            p.emit(origin, 0, d, out);
            for (int l = 0; l < d; l++) {
                counts[origin + l] = out.spikesAt(t, l);
                for (int other = 0; other < targets; other++) {
                    assertEquals(out.spikesAt(t, l), out.spikesAt(other, l), "every target gets the same spikes");
                }
            }
        }
        return counts;
    }

    @Test
    void describesItself() {
        assertEquals("pulsepacket_generator", new PulsepacketGenerator().name());
        assertEquals(StimulusKind.SPIKES, new PulsepacketGenerator().kind());
    }

    @Test
    void withoutSpreadAPacketIsOneSpikeOfItsActivityOnTheStepOfItsTime() {
        // h = 0.1 ms: 10 ms is step 100, sent from it (stamped 10.1 ms); 3.03 ms rounds up to step 31
        PulsepacketStimulus p = packets(List.of(10.0, 3.03), 3, 0.0);
        p.prepare(0.1);
        int[] counts = run(p, 2, 200, 10, 1);
        for (int s = 0; s < 200; s++) {
            assertEquals(s == 100 || s == 31 ? 3 : 0, counts[s], "step " + s);
        }
    }

    @Test
    void spikesScatterAroundTheCentreWithItsSpread() {
        PulsepacketStimulus p = packets(List.of(50.0), 2000, 2.0);
        p.prepare(0.1);
        int[] counts = run(p, 1, 1000, 10, 0);
        double n = 0;
        double sum = 0;
        double squares = 0;
        for (int s = 0; s < counts.length; s++) {
            n += counts[s];
            sum += counts[s] * (s + 1) * 0.1; // the spike's time is the end of its step
            squares += counts[s] * ((s + 1) * 0.1) * ((s + 1) * 0.1);
        }
        double mean = sum / n;
        double std = Math.sqrt(squares / n - mean * mean);
        assertEquals(2000, n, 0.0);
        assertEquals(50.1, mean, 0.2); // 4 standard errors
        assertEquals(2.0, std, 0.15);
    }

    @Test
    void aPacketIsDrawnOnceAcrossRunsAndAfreshAfterAChange() {
        PulsepacketStimulus p = packets(List.of(6.0), 100, 1.0);
        p.prepare(0.1);
        FakeStimulusOutput out = new FakeStimulusOutput(1, 10, 3);
        int total = 0;
        for (int origin = 0; origin < 120; origin += 10) {
            if (origin == 50) {
                p.prepare(0.1); // a new run in the middle of the packet draws nothing again
            }
            out.clear();
            p.emit(origin, 0, 10, out);
            for (int l = 0; l < 10; l++) {
                total += out.spikesAt(0, l);
            }
        }
        assertEquals(100, total);
        p.set("activity", 50L);
        p.prepare(0.1);
        out.clear();
        p.emit(120, 0, 10, out);
        assertEquals(0, out.spikesAt(0, 0), "a packet more than 10 sdev past is not drawn again");
    }

    @Test
    void refusesNegativeActivityOrSpread() {
        PulsepacketStimulus p = (PulsepacketStimulus) new PulsepacketGenerator().create();
        assertThrows(BadPropertyException.class, () -> p.set("activity", -1L));
        assertThrows(BadPropertyException.class, () -> p.set("sdev", -0.5));
        assertThrows(BadPropertyException.class, () -> p.set("pulse_times", List.of(1.0, Double.NaN)));
        assertThrows(BadPropertyException.class, () -> p.set("activity", 2.5));
        assertEquals(0L, p.get("activity"));
        p.set("pulse_times", List.of(5.0, 1.0));
        assertEquals(List.of(1.0, 5.0), p.get("pulse_times"), "sorted, as NEST");
        assertTrue(p.get("sdev") instanceof Double);
    }
}
