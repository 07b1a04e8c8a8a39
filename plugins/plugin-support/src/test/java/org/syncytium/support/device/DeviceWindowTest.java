package org.syncytium.support.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceWindowTest {

    private static final double H = 0.1;

    private static DeviceWindow window(double start, Double stop, double origin) {
        DeviceWindow w = new DeviceWindow();
        w.set("test", "start", start);
        if (stop != null) {
            w.set("test", "stop", stop);
        }
        w.set("test", "origin", origin);
        w.prepare("test", H);
        return w;
    }

    /** The range the helpers give, checked against the per-step rule tMin < s <= tMax over every slice. */
    private static void assertSameAsPerStepTest(DeviceWindow w, long originStep, int first, int end) {
        int from = w.firstSpikeStep(originStep, first, end);
        int to = w.endSpikeStep(originStep, first, end);
        int expectedFrom = end;
        int expectedTo = end;
        boolean seen = false;
        for (int l = first; l < end; l++) {
            long s = originStep + l;
            boolean active = s > w.tMin() && s <= w.tMax();
            if (active && !seen) {
                expectedFrom = l;
                seen = true;
            }
            if (active) {
                expectedTo = l + 1;
            }
        }
        if (!seen) {
            assertEquals(from, to, "no active step at origin " + originStep + ", [" + first + ", " + end + ")");
            return;
        }
        assertEquals(expectedFrom, from, "first at origin " + originStep + ", [" + first + ", " + end + ")");
        assertEquals(expectedTo, to, "end at origin " + originStep + ", [" + first + ", " + end + ")");
    }

    @Test
    void activeStepsAreThoseAfterStartUpToStop() {
        DeviceWindow w = window(1.0, 2.0, 0.5); // tMin 15, tMax 25: active steps 16..25
        assertEquals(15, w.tMin());
        assertEquals(25, w.tMax());
        assertEquals(16, w.firstSpikeStep(0, 0, 40));
        assertEquals(26, w.endSpikeStep(0, 0, 40));
        assertEquals(6, w.firstSpikeStep(10, 0, 10)); // a slice at step 10: local steps 6..9
        assertEquals(10, w.endSpikeStep(10, 0, 10));
        assertEquals(0, w.firstSpikeStep(20, 0, 10)); // local steps 0..5
        assertEquals(6, w.endSpikeStep(20, 0, 10));
    }

    @Test
    void agreesWithTheStepwiseRuleEverywhere() {
        DeviceWindow[] windows = {window(0.0, null, 0.0), window(1.0, 2.0, 0.5), window(0.0, 0.0, 0.0),
                window(3.3, 3.4, 0.0), window(0.0, 1e300, 7.0), window(2.0, null, 0.0)};
        for (DeviceWindow w : windows) {
            for (long origin = 0; origin < 120; origin += 10) {
                for (int first = 0; first <= 10; first++) {
                    for (int end = first; end <= 10; end++) {
                        assertSameAsPerStepTest(w, origin, first, end);
                    }
                }
            }
        }
    }

    @Test
    void aWindowThatNeverClosesHasNoOverflow() {
        DeviceWindow w = window(0.0, null, 0.0);
        assertEquals(Long.MAX_VALUE, w.tMax());
        long late = Long.MAX_VALUE / 4;
        assertEquals(0, w.firstSpikeStep(late, 0, 10));
        assertEquals(10, w.endSpikeStep(late, 0, 10));
        assertEquals(1, w.firstSpikeStep(0, 0, 10)); // step 0 is the start itself: not active
    }

    @Test
    void aWindowFarAheadGivesAnEmptyRange() {
        DeviceWindow w = window(1e12, null, 0.0);
        assertEquals(10, w.firstSpikeStep(0, 2, 10));
        assertEquals(10, w.endSpikeStep(0, 2, 10));
    }
}
