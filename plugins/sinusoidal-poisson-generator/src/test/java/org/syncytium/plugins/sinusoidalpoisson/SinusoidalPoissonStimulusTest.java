package org.syncytium.plugins.sinusoidalpoisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeStimulusOutput;

class SinusoidalPoissonStimulusTest {

    private static SinusoidalPoissonStimulus generator(double rate, double amplitude, double frequency, boolean individual) {
        SinusoidalPoissonStimulus s = (SinusoidalPoissonStimulus) new SinusoidalPoissonGenerator().create();
        s.set("rate", rate);
        s.set("amplitude", amplitude);
        s.set("frequency", frequency);
        s.set("individual_spike_trains", individual);
        return s;
    }

    /** Spike counts per target and per phase quarter of a 10 Hz sine over 20 s at h = 0.1 ms. */
    private static long[][] counts(SinusoidalPoissonStimulus s, int targets) {
        long[][] quarters = new long[targets][4];
        FakeStimulusOutput out = new FakeStimulusOutput(targets, 100, 7);
        s.prepare(0.1);
        for (long origin = 0; origin < 200_000; origin += 100) {
            out.clear();
            s.emit(origin, 0, 100, out);
            for (int l = 0; l < 100; l++) {
                long step = origin + l;
                int quarter = (int) (((step + 1) % 1000) / 250); // the rate of step s is the sine at (s + 1) h
                for (int t = 0; t < targets; t++) {
                    quarters[t][quarter] += out.spikesAt(t, l);
                }
            }
        }
        return quarters;
    }

    @Test
    void describesItself() {
        assertEquals("sinusoidal_poisson_generator", new SinusoidalPoissonGenerator().name());
        assertEquals(StimulusKind.SPIKES, new SinusoidalPoissonGenerator().kind());
        assertEquals(true, new SinusoidalPoissonGenerator().parameters().defaults().get("individual_spike_trains"));
    }

    @Test
    void theRateFollowsTheSineAndIsClippedAtZero() {
        // 100 Hz + 200 Hz sin(2 pi 10 Hz t): quarter means of max(0, rate) over a period
        long[][] q = counts(generator(100.0, 200.0, 10.0, true), 2);
        double perQuarterSecond = 20.0 / 4; // seconds spent in each quarter over 20 s
        double rise = (100.0 + 200.0 * 2 / Math.PI) * perQuarterSecond; // quarters 1 and 2: sine > 0
        for (int t = 0; t < 2; t++) {
            assertEquals(rise, q[t][0], 5 * Math.sqrt(rise), "first quarter, target " + t);
            assertEquals(rise, q[t][1], 5 * Math.sqrt(rise), "second quarter, target " + t);
            double low = q[t][2] + q[t][3];
            // quarters 3 and 4: 100 + 200 sin, clipped at 0 where sin < -1/2
            double expected = 2 * perQuarterSecond * meanClipped();
            assertEquals(expected, low, 5 * Math.sqrt(expected), "second half, target " + t);
        }
    }

    /** Mean over phases in [pi, 2 pi) of max(0, 100 + 200 sin(phase)), in Hz (numerically). */
    private static double meanClipped() {
        double sum = 0;
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            double phase = Math.PI + Math.PI * (k + 0.5) / n;
            sum += Math.max(0.0, 100.0 + 200.0 * Math.sin(phase));
        }
        return sum / n;
    }

    @Test
    void oneTrainForAllTargetsWithoutIndividualTrains() {
        SinusoidalPoissonStimulus s = generator(500.0, 0.0, 0.0, false);
        s.prepare(0.1);
        FakeStimulusOutput out = new FakeStimulusOutput(3, 100, 7);
        int spikes = 0;
        for (long origin = 0; origin < 10_000; origin += 100) {
            out.clear();
            s.emit(origin, 0, 100, out);
            for (int l = 0; l < 100; l++) {
                assertEquals(out.spikesAt(0, l), out.spikesAt(1, l));
                assertEquals(out.spikesAt(0, l), out.spikesAt(2, l));
                spikes += out.spikesAt(0, l);
            }
        }
        assertEquals(500.0, spikes, 5 * Math.sqrt(500.0));
    }

    @Test
    void refusesWhatIsNotAFiniteNumber() {
        SinusoidalPoissonStimulus s = (SinusoidalPoissonStimulus) new SinusoidalPoissonGenerator().create();
        assertThrows(BadPropertyException.class, () -> s.set("rate", Double.POSITIVE_INFINITY));
        assertThrows(BadPropertyException.class, () -> s.set("individual_spike_trains", 2.0));
        assertEquals(0.0, s.get("rate"));
    }
}
