package org.syncytium.plugins.inhomogeneous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeDeviceClock;
import org.syncytium.testkit.FakeStimulusOutput;

class InhomogeneousPoissonStimulusTest {

    private static InhomogeneousPoissonStimulus generator(List<Double> times, List<Double> rates) {
        InhomogeneousPoissonStimulus g = (InhomogeneousPoissonStimulus) new InhomogeneousPoissonGenerator().create();
        g.set("rate_times", times);
        g.set("rate_values", rates);
        return g;
    }

    @Test
    void describesItself() {
        assertEquals("inhomogeneous_poisson_generator", new InhomogeneousPoissonGenerator().name());
        assertEquals(StimulusKind.SPIKES, new InhomogeneousPoissonGenerator().kind());
    }

    @Test
    void eachTargetDrawsAtTheRateOfTheStep() {
        // 0 Hz before 1 s, 2 kHz in [1 s, 2 s), 0 Hz in [2 s, 3 s), 500 Hz after; h = 0.1 ms, 4 targets
        InhomogeneousPoissonStimulus g = generator(List.of(1000.0, 2000.0, 3000.0), List.of(2000.0, 0.0, 500.0));
        g.prepare(0.1);
        FakeStimulusOutput out = new FakeStimulusOutput(4, 100, 11);
        long[][] perSecond = new long[4][4];
        for (long origin = 0; origin < 40_000; origin += 100) {
            out.clear();
            g.emit(origin, 0, 100, out);
            for (int l = 0; l < 100; l++) {
                int second = (int) ((origin + l + 1) / 10_000); // the rate of step s is the one at its end
                for (int t = 0; t < 4; t++) {
                    perSecond[t][Math.min(second, 3)] += out.spikesAt(t, l);
                }
            }
        }
        for (int t = 0; t < 4; t++) {
            assertEquals(0, perSecond[t][0]);
            assertEquals(2000.0, perSecond[t][1], 5 * Math.sqrt(2000.0), "target " + t);
            assertEquals(0, perSecond[t][2]);
            assertEquals(500.0, perSecond[t][3], 5 * Math.sqrt(500.0), "target " + t);
        }
        assertTrue(perSecond[0][1] != perSecond[1][1] || perSecond[0][3] != perSecond[1][3], "independent trains");
    }

    @Test
    void refusesNegativeRatesAndListsThatDoNotFit() {
        InhomogeneousPoissonStimulus g = (InhomogeneousPoissonStimulus) new InhomogeneousPoissonGenerator().create();
        assertThrows(BadPropertyException.class, () -> g.set("rate_values", List.of(10.0, -1.0)));
        assertEquals(List.of(), g.get("rate_values"));
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> generator(List.of(1.0, 2.0), List.of(5.0)).prepare(0.1));
        assertTrue(e.getMessage().contains("rate_values"), e.getMessage());
        assertThrows(BadPropertyException.class, () -> generator(List.of(1.05), List.of(5.0)).prepare(0.1));
    }

    @Test
    void ratesAreSetTogetherAndInTheFutureAsNestChecksThem() {
        InhomogeneousPoissonStimulus g = (InhomogeneousPoissonStimulus) new InhomogeneousPoissonGenerator().create();
        g.attach(FakeDeviceClock.at(0.1, 100)); // 10 ms simulated
        assertThrows(BadPropertyException.class, () -> g.set(Map.of("rate_times", List.of(20.0))));
        BadPropertyException past = assertThrows(BadPropertyException.class,
                () -> g.set(Map.of("rate_times", List.of(10.0, 20.0), "rate_values", List.of(1.0, 2.0))));
        assertTrue(past.getMessage().contains("future"), past.getMessage());
        assertThrows(BadPropertyException.class,
                () -> g.set(Map.of("rate_times", List.of(20.05), "rate_values", List.of(1.0))));
        assertEquals(List.of(), g.get("rate_times"));
        g.set(Map.of("rate_times", List.of(10.1, 20.0), "rate_values", List.of(1.0, 2.0)));
        assertEquals(List.of(10.1, 20.0), g.get("rate_times"));
    }
}
