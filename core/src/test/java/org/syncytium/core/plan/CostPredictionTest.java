package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Bounds at equal shares of a predicted cumulative cost, within the owned range, no range starved. */
class CostPredictionTest {

    /** Bounds for per-neuron costs {@code cost} of the owned neurons [lo, lo + cost.length), worker 0 paying {@code extra}. */
    private static int[] split(int[] previous, double extra, double... cost) {
        int lo = previous[0];
        double[] upTo = new double[cost.length + 1];
        for (int i = 0; i < cost.length; i++) {
            upTo[i + 1] = upTo[i] + cost[i];
        }
        int[] next = new int[previous.length];
        CostPrediction.split(previous, i -> i <= lo ? 0.0 : upTo[i - lo] + extra, next);
        return next;
    }

    private static double[] costs(int n, double each) {
        double[] c = new double[n];
        java.util.Arrays.fill(c, each);
        return c;
    }

    @Test
    void equalCostsSplitEqually() {
        assertArrayEquals(new int[] {0, 50, 100}, split(new int[] {0, 30, 100}, 0.0, costs(100, 1.0)));
        assertArrayEquals(new int[] {10, 40, 70, 100}, split(new int[] {10, 20, 90, 100}, 0.0, costs(90, 2.0)));
    }

    @Test
    void costlyNeuronsGoToFewerHandsAndTheBoundMovesAllTheWay() {
        double[] c = costs(100, 1.0);
        for (int i = 0; i < 20; i++) {
            c[i] = 10.0; // 200 + 80 = 280; half is 140 = 14 costly neurons
        }
        assertArrayEquals(new int[] {0, 14, 100}, split(new int[] {0, 50, 100}, 0.0, c));
        // the nearest bound, not the first at or above: 14.4 costly neurons' worth is nearer 14 than 15
        c[14] = 10.8;
        assertArrayEquals(new int[] {0, 14, 100}, split(new int[] {0, 50, 100}, 0.0, c));
    }

    @Test
    void workerZerosExtraWorkGivesItFewerNeurons() {
        // 100 neurons of 1 and 20 extra on worker 0: 120 in all, worker 0 gets 40 neurons
        assertArrayEquals(new int[] {0, 40, 100}, split(new int[] {0, 50, 100}, 20.0, costs(100, 1.0)));
        // a negative extra (worker 0 faster) gives it more
        assertArrayEquals(new int[] {0, 60, 100}, split(new int[] {0, 50, 100}, -20.0, costs(100, 1.0)));
    }

    @Test
    void noRangeFallsBelowAQuarterOfAnEqualShare() {
        double[] c = costs(100, 1.0);
        c[0] = 1e9;
        assertArrayEquals(new int[] {0, 12, 100}, split(new int[] {0, 50, 100}, 0.0, c));
        c[0] = 1.0;
        c[99] = 1e9;
        assertArrayEquals(new int[] {0, 88, 100}, split(new int[] {0, 50, 100}, 0.0, c));
        double[] three = costs(90, 1.0);
        three[45] = 1e9;
        // worker 1 holds the costly neuron, with the least share (90 / 12 = 7 neurons)
        assertArrayEquals(new int[] {0, 45, 52, 90}, split(new int[] {0, 30, 60, 90}, 0.0, three));
    }

    @Test
    void noCostOrTooFewNeuronsKeepTheBounds() {
        assertArrayEquals(new int[] {0, 30, 100}, split(new int[] {0, 30, 100}, 0.0, costs(100, 0.0)));
        assertArrayEquals(new int[] {0, 2, 3}, split(new int[] {0, 2, 3}, 0.0, costs(3, 1.0)));
        assertArrayEquals(new int[] {5, 9}, split(new int[] {5, 9}, 0.0, costs(4, 1.0)));
    }
}
