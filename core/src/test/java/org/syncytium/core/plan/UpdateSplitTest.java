package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.SplitPolicy;
import org.syncytium.core.fixtures.CostPopulation;

/** The wait of the update passes and when their ranges move ({@link UpdateSplit}). */
class UpdateSplitTest {

    @Test
    void theWaitIsFromEachWorkersEndToTheLast() {
        UpdateSplit split = new UpdateSplit(Partition.of(0, 1, 3, new int[] {9}), SplitPolicy.EQUAL);
        // worker 2 started late and ended last; worker 0 ended first
        split.finished(0, 1_000);
        split.finished(1, 1_700);
        split.finished(2, 2_000);
        assertEquals(1_000 + 300, split.endPass());
    }

    /** Runs {@code passes} passes; returns the passes (from 1) after which the ranges moved. */
    private static List<Integer> moves(boolean oneStepPasses, int passes, List<Long> charged) {
        List<Integer> moved = new ArrayList<>();
        int[] pass = {0};
        SplitPolicy recording = (previous, costs, next) -> {
            moved.add(pass[0]);
            charged.add(costs[0] + costs[1]);
            System.arraycopy(previous, 0, next, 0, previous.length);
        };
        UpdateSplit split = new UpdateSplit(Partition.of(0, 1, 2, new int[] {10}), recording, oneStepPasses);
        for (pass[0] = 1; pass[0] <= passes; pass[0]++) {
            for (int w = 0; w < 2; w++) {
                split.clock();
                split.charge(0, w, 7); // 7 ns per range, counted only in a measured pass
                split.finished(w, pass[0] * 100_000L);
            }
            split.endPass();
        }
        return moved;
    }

    @Test
    void passesOfLongerSlicesMoveTheRangesEachTime() {
        List<Long> charged = new ArrayList<>();
        assertEquals(List.of(1, 2, 3, 4, 5), moves(false, 5, charged));
        assertEquals(List.of(14L, 14L, 14L, 14L, 14L), charged);
    }

    @Test
    void oneStepPassesAreMeasuredTwoAtATimeOncePerEightPasses() {
        List<Long> charged = new ArrayList<>();
        // passes 1-2 measured and summed (2 passes x 2 ranges x 7 ns), 3-8 not, 9-10 measured, ...
        assertEquals(List.of(2, 10, 18, 26), moves(true, 30, charged));
        assertEquals(List.of(28L, 28L, 28L, 28L), charged);
    }

    @Test
    void anUnmeasuredPassReadsNoClock() {
        UpdateSplit split = new UpdateSplit(Partition.of(0, 1, 2, new int[] {10}), SplitPolicy.EQUAL, true);
        int unread = 0;
        for (int pass = 1; pass <= 16; pass++) {
            if (split.clock() == 0) {
                unread++;
            }
            split.finished(0, pass);
            split.finished(1, pass);
            split.endPass();
        }
        assertEquals(12, unread); // passes 3-8 and 11-16
    }

    /**
     * A pass of two workers over a population whose model reports {@code cost} per neuron: each
     * worker tallies its range, is charged 50 ns per unit of cost and 100 ns per neuron (worker 0
     * 2,000 ns more), and the pass ends; returns the next bounds.
     */
    private static int[] pass(UpdateSplit split, int[] cost) {
        for (int w = 0; w < 2; w++) {
            int from = split.from(0, w);
            int to = split.to(0, w);
            long units = 0;
            for (int i = from; i < to; i++) {
                units += cost[i];
            }
            boolean measured = split.clock() != 0;
            split.tally(0, w, from, to);
            if (measured) {
                split.charge(0, w, 50 * units + 100L * (to - from) + (w == 0 ? 2_000 : 0));
            }
            split.finished(w, 1_000);
        }
        split.endPass();
        return new int[] {split.from(0, 0), split.to(0, 0), split.to(0, 1)};
    }

    private static UpdateSplit predicting(int[] cost, boolean oneStepPasses) {
        return new UpdateSplit(Partition.of(0, 1, 2, new int[] {cost.length}), SplitPolicy.PREDICTED, oneStepPasses,
                new Population[] {new CostPopulation(cost)});
    }

    @Test
    void onceFittedTheRangesFollowEachNeuronsLastCost() {
        int[] cost = new int[100];
        java.util.Arrays.fill(cost, 3);
        UpdateSplit split = predicting(cost, false);
        // measured balancing (CostBalance) until the cost model has its measurements; the bounds move
        for (int k = 0; k < CostModel.READY + 4; k++) {
            pass(split, cost);
            cost[k % 7] = 3 + k; // the costs vary, so the fit sees units apart from neurons
        }
        // a burst in the first 20 neurons: each 2,100 ns (2,000 + 100) of the next pass, the others 250
        java.util.Arrays.fill(cost, 3);
        for (int i = 0; i < 20; i++) {
            cost[i] = 40;
        }
        // worker 0: 2,000 + 2,100 k; worker 1: 2,100 (20 - k) + 250 * 80 = 62,000 - 2,100 k; k = 14.3
        // (worker 0's 2,000 are learnt as a cost of its last range's neurons, so k may come out one more)
        int[] bounds = pass(split, cost);
        assertNear(14.3, bounds[1]);
        // the burst moves to the other end: worker 0 takes the 80 quiet neurons and some
        java.util.Arrays.fill(cost, 3);
        for (int i = 80; i < 100; i++) {
            cost[i] = 40;
        }
        bounds = pass(split, cost);
        // worker 0: 2,000 + 250 * 80 + 2,100 (k - 80); worker 1: 2,100 (100 - k): k = 85.2
        assertNear(85.2, bounds[1]);
    }

    /** The bound is within one neuron of the balanced one. */
    private static void assertNear(double balanced, int bound) {
        assertTrue(Math.abs(bound - balanced) <= 1.0, "bound " + bound + ", balanced at " + balanced);
    }

    @Test
    void oneStepPassesMoveEveryPassOnceFittedButReadTheClockOnlyInTheirWindows() {
        int[] cost = new int[100];
        java.util.Arrays.fill(cost, 3);
        UpdateSplit split = predicting(cost, true);
        int unread = 0;
        for (int k = 0; k < 8 * (CostModel.READY + 2); k++) {
            cost[k % 11] = 3 + k % 5;
            if (split.clock() == 0) {
                unread++;
            }
            pass(split, cost);
        }
        assertEquals(6 * (CostModel.READY + 2), unread);
        pass(split, cost); // the two measured passes of the next window
        pass(split, cost);
        java.util.Arrays.fill(cost, 3);
        for (int i = 0; i < 20; i++) {
            cost[i] = 40;
        }
        // an unmeasured pass (the window's passes are the first two of eight) still moves the ranges
        assertEquals(0, split.clock());
        assertNear(14.3, pass(split, cost)[1]);
    }

    @Test
    void noWorkerIsStarvedWhateverTheCosts() {
        int[] cost = new int[40];
        java.util.Arrays.fill(cost, 1);
        UpdateSplit split = predicting(cost, false);
        java.util.Random random = new Random(5);
        for (int k = 0; k < 200; k++) {
            int[] bounds = pass(split, cost);
            assertEquals(0, bounds[0]);
            assertEquals(40, bounds[2]);
            assertTrue(bounds[1] >= 5 && bounds[1] <= 35, "each keeps a quarter of an equal share: " + bounds[1]);
            for (int i = 0; i < cost.length; i++) {
                cost[i] = random.nextInt(4) == 0 ? random.nextInt(100_000) : random.nextInt(3);
            }
        }
    }

    @Test
    void aModelThatReportsNoCostKeepsTheMeasuredBalancing() {
        int[] cost = new int[100];
        UpdateSplit predicted = predicting(cost, false);
        UpdateSplit measured = new UpdateSplit(Partition.of(0, 1, 2, new int[] {100}), SplitPolicy.MEASURED);
        List<Integer> seen = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            int bound = pass(predicted, cost)[1];
            assertEquals(pass(measured, cost)[1], bound, "pass " + k);
            seen.add(bound);
        }
        // 100 ns per neuron and 2,000 more on worker 0: CostBalance moves half way towards 40
        assertEquals(List.of(46, 44, 43, 42, 41), seen.subList(0, 5));
    }
}
