package org.syncytium.plugins.sinusoidalgamma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeStimulusOutput;

class SinusoidalGammaStimulusTest {

    private static SinusoidalGammaStimulus generator(Map<String, Object> values) {
        SinusoidalGammaStimulus s = (SinusoidalGammaStimulus) new SinusoidalGammaGenerator().create();
        s.set(values);
        return s;
    }

    /** Each target's spike steps over {@code seconds} at h = 0.1 ms. */
    private static List<List<Long>> trains(SinusoidalGammaStimulus s, int targets, double seconds) {
        List<List<Long>> trains = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            trains.add(new ArrayList<>());
        }
        FakeStimulusOutput out = new FakeStimulusOutput(targets, 100, 11);
        s.prepare(0.1);
        for (long origin = 0; origin < seconds * 10_000; origin += 100) {
            out.clear();
            s.emit(origin, 0, 100, out);
            for (int l = 0; l < 100; l++) {
                for (int t = 0; t < targets; t++) {
                    for (int k = 0; k < out.spikesAt(t, l); k++) {
                        trains.get(t).add(origin + l);
                    }
                }
            }
        }
        return trains;
    }

    /** Coefficient of variation of the inter-spike intervals. */
    private static double cv(List<Long> train) {
        double sum = 0;
        double squares = 0;
        int n = train.size() - 1;
        for (int k = 0; k < n; k++) {
            double isi = train.get(k + 1) - train.get(k);
            sum += isi;
            squares += isi * isi;
        }
        double mean = sum / n;
        return Math.sqrt(squares / n - mean * mean) / mean;
    }

    @Test
    void orderOneIsPoissonAndHigherOrdersAreMoreRegularAtTheSameRate() {
        List<List<Long>> poisson = trains(generator(Map.of("rate", 100.0, "order", 1.0)), 2, 50.0);
        List<List<Long>> gamma = trains(generator(Map.of("rate", 100.0, "order", 4.0)), 2, 50.0);
        for (int t = 0; t < 2; t++) {
            assertEquals(5000, poisson.get(t).size(), 5 * Math.sqrt(5000), "100 Hz for 50 s");
            assertEquals(5000, gamma.get(t).size(), 5 * Math.sqrt(5000), "the same mean rate at order 4");
            assertEquals(1.0, cv(poisson.get(t)), 0.05, "Poisson: CV 1");
            assertEquals(0.5, cv(gamma.get(t)), 0.05, "gamma of order 4: CV 1/2");
        }
        assertTrue(!poisson.get(0).equals(poisson.get(1)), "independent trains per target");
    }

    @Test
    void theRateFollowsTheSine() {
        // 100 + 100 sin(2 pi 5 Hz t): the half period with the sine above 0 carries (1 + 2/pi)/(1 - 2/pi) times the spikes
        List<Long> train = trains(generator(Map.of("rate", 100.0, "amplitude", 100.0, "frequency", 5.0, "order", 2.0)),
                1, 40.0).get(0);
        long high = train.stream().filter(step -> ((step + 1) % 2000) < 1000).count();
        long low = train.size() - high;
        double expected = (1 + 2 / Math.PI) / (1 - 2 / Math.PI);
        assertEquals(expected, (double) high / low, 0.35 * expected);
    }

    @Test
    void oneTrainForAllWithoutIndividualTrains() {
        List<List<Long>> shared = trains(generator(Map.of("rate", 200.0, "order", 3.0, "individual_spike_trains", false)),
                3, 5.0);
        assertEquals(shared.get(0), shared.get(1));
        assertEquals(shared.get(0), shared.get(2));
        assertEquals(1000, shared.get(0).size(), 5 * Math.sqrt(1000));
    }

    @Test
    void refusesNestsBadValuesTogetherAndChangesNothing() {
        SinusoidalGammaStimulus s = generator(Map.of("rate", 10.0));
        BadPropertyException order = assertThrows(BadPropertyException.class, () -> s.set("order", 0.5));
        assertTrue(order.getMessage().contains("The gamma order must be at least 1."), order.getMessage());
        BadPropertyException rates = assertThrows(BadPropertyException.class, () -> s.set("amplitude", 20.0));
        assertTrue(rates.getMessage().contains("0 <= amplitude <= rate"), rates.getMessage());
        assertEquals(0.0, s.get("amplitude"), "nothing changed");
        s.set(Map.of("rate", 30.0, "amplitude", 20.0)); // together they are fine
        assertEquals(20.0, s.get("amplitude"));
        assertThrows(BadPropertyException.class, () -> s.set(Map.of("rate", 5.0, "phase", 90.0)));
        assertEquals(30.0, s.get("rate"));
        assertEquals(0.0, s.get("phase"), "a refused dictionary changes none of its entries");
    }
}
