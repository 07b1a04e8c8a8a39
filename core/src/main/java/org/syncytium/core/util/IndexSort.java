package org.syncytium.core.util;

/**
 * Sorts non-negative ints below a known bound by their bytes (least significant first): linear in
 * the count, for the many short lists of indices a spatial connect sorts (one per node), where a
 * comparison sort costs more than the mask tests it serves.
 */
public final class IndexSort {
    private static final int BITS = 8;
    private static final int BUCKETS = 1 << BITS;

    private final int[] counts = new int[BUCKETS];
    private int[] scratch = new int[0];

    /** Sorts {@code values[0 .. n - 1]}, each in [0, bound), ascending, in place. */
    public void sort(int[] values, int n, int bound) {
        if (n < 2) {
            return;
        }
        if (scratch.length < n) {
            scratch = new int[Math.max(n, 2 * scratch.length)];
        }
        int[] from = values;
        int[] to = scratch;
        for (int shift = 0; shift < 32 && (bound - 1) >>> shift != 0; shift += BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int k = 0; k < n; k++) {
                counts[(from[k] >>> shift) & (BUCKETS - 1)]++;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int k = 0; k < n; k++) {
                to[counts[(from[k] >>> shift) & (BUCKETS - 1)]++] = from[k];
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, n);
        }
    }
}
