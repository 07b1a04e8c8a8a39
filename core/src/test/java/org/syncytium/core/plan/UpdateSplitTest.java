package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncytium.core.SplitPolicy;

/** The wait of the update passes ({@link UpdateSplit}). */
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
}
