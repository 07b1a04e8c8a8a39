package org.syncytium.core.util;

import java.util.Arrays;

/**
 * An append-only {@code int} sequence in blocks of 2^16: the first block grows by doubling from the
 * given capacity (a small connect call allocates little), later blocks are added whole, so a list of
 * tens of millions never copies what it holds, where a doubling array copies every element about
 * once more and needs old and new array at once. Not thread-safe.
 */
public final class IntChunks {
    private static final int SHIFT = 16;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private int[][] blocks = new int[1][];
    private int size;

    public IntChunks(int capacity) {
        blocks[0] = new int[Math.max(1, Math.min(BLOCK, capacity))];
    }

    public void add(int value) {
        int b = size >>> SHIFT;
        int at = size & MASK;
        int[] block = b < blocks.length ? blocks[b] : null;
        if (block == null || at == block.length) {
            block = grow(b);
        }
        block[at] = value;
        size++;
    }

    /** Room for element {@code size}, in block {@code b}: the first block doubles, the others come whole. */
    private int[] grow(int b) {
        if (b == 0) {
            HeapRoom.before(8L * blocks[0].length);
            blocks[0] = Arrays.copyOf(blocks[0], Math.min(BLOCK, 2 * blocks[0].length));
            return blocks[0];
        }
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, 2 * blocks.length);
        }
        HeapRoom.before(4L * BLOCK);
        blocks[b] = new int[BLOCK];
        return blocks[b];
    }

    public int get(int i) {
        return blocks[i >>> SHIFT][i & MASK];
    }

    public int size() {
        return size;
    }
}
