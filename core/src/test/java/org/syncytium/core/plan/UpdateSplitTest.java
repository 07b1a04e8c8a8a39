package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncytium.core.SplitPolicy;
import org.syncytium.core.fixtures.CostPopulation;

/** The ranges of the update passes, and their wait ({@link UpdateSplit}). */
class UpdateSplitTest {

    @Test
    void rangesOfEqualReportedCost() {
        UpdateSplit split = new UpdateSplit(Partition.of(0, 1, 3, new int[] {10}), SplitPolicy.EQUAL);
        // weights cost + 1: 30, 1, 1, 1, 1, 1, 1, 1, 1, 2 (40); a third is 13.3, two thirds 26.7
        split.balanceByCost(0, new CostPopulation(new int[] {29, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        assertEquals(0, split.from(0, 0));
        assertEquals(0, split.to(0, 0)); // the middle of neuron 0 (15) lies after a third
        assertEquals(0, split.from(0, 1));
        assertEquals(1, split.from(0, 2)); // ... and before two thirds: worker 1 gets it alone
        assertEquals(10, split.to(0, 2));
        // unknown costs (0) weigh 1 each: ranges of 3, 4, 3 neurons
        split.balanceByCost(0, new CostPopulation(new int[10]));
        assertEquals(3, split.from(0, 1));
        assertEquals(7, split.from(0, 2));
    }

    @Test
    void theWaitIsFromEachWorkersEndToTheLast() {
        UpdateSplit split = new UpdateSplit(Partition.of(0, 1, 3, new int[] {9}), SplitPolicy.EQUAL);
        // worker 2 started late and ended last; worker 0 ended first
        split.finished(0, 1_000);
        split.finished(1, 1_700);
        split.finished(2, 2_000);
        assertEquals(1_000 + 300, split.endPass());
    }
}
