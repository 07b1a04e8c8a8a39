package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Bounds from measured cost: half way to equal shares of the last pass's cost, within the owned range. */
class CostBalanceTest {

    private static int[] rebalance(int[] previous, long... costs) {
        int[] next = new int[previous.length];
        CostBalance.rebalance(previous, costs, next);
        return next;
    }

    @Test
    void anExpensiveRangeShrinks() {
        // worker 0's 50 neurons cost 3x worker 1's: total 400, half is 200 = 33.3 neurons of worker 0;
        // half way from 50 is 41.7
        assertArrayEquals(new int[] {0, 42, 100}, rebalance(new int[] {0, 50, 100}, 300, 100));
        // the same with an offset (a process owning [200, 300))
        assertArrayEquals(new int[] {200, 242, 300}, rebalance(new int[] {200, 250, 300}, 300, 100));
    }

    @Test
    void balancedCostsKeepTheBounds() {
        assertArrayEquals(new int[] {0, 40, 100}, rebalance(new int[] {0, 40, 100}, 500, 500));
        assertArrayEquals(new int[] {0, 10, 50, 90}, rebalance(new int[] {0, 10, 50, 90}, 7, 7, 7));
    }

    @Test
    void threeWorkersShareTheCumulativeCost() {
        // densities 1, 4, 1 per neuron over [0,30), [30,45), [45,90): cost 30, 60, 45; total 135
        // 45 is reached at 30 + 15/4 = 33.75, 90 at 30 + 60/4 = 45; half way from 30 and 45
        assertArrayEquals(new int[] {0, 32, 45, 90}, rebalance(new int[] {0, 30, 45, 90}, 30, 60, 45));
    }

    @Test
    void everyRangeKeepsAQuarterOfAnEqualShare() {
        // a quarter of 50 is 12; half way to the balanced bound would be 11 and 90
        assertArrayEquals(new int[] {0, 12, 100}, rebalance(new int[] {0, 14, 100}, 1_000_000, 1));
        assertArrayEquals(new int[] {0, 88, 100}, rebalance(new int[] {0, 86, 100}, 1, 1_000_000));
    }

    @Test
    void unmeasuredOrTinyRangesKeepTheirBounds() {
        assertArrayEquals(new int[] {0, 50, 100}, rebalance(new int[] {0, 50, 100}, 0, 10));
        assertArrayEquals(new int[] {0, 2, 3}, rebalance(new int[] {0, 2, 3}, 10, 1));
        assertArrayEquals(new int[] {5, 9}, rebalance(new int[] {5, 9}, 10));
    }
}
