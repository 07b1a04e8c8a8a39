package org.syncytium.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntChunksTest {

    @Test
    void holdsEveryValueAcrossTheFirstBlocksGrowthAndWholeBlocks() {
        IntChunks list = new IntChunks(3);
        int n = 3 * 65_536 + 17; // the first block doubles from 3 to 2^16, then whole blocks follow
        for (int i = 0; i < n; i++) {
            list.add(i * 7 - 5);
        }
        assertEquals(n, list.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i * 7 - 5, list.get(i), "element " + i);
        }
    }

    @Test
    void aLargeCapacityStartsWithOneBlock() {
        IntChunks list = new IntChunks(10_000_000);
        list.add(42);
        assertEquals(1, list.size());
        assertEquals(42, list.get(0));
    }
}
