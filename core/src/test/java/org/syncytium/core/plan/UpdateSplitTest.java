package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.core.SplitPolicy;

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
}
