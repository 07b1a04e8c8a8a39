package org.syncytium.core.plan;

/**
 * Which part of a population a process (or a thread within it) owns: contiguous index ranges,
 * part k of m being [⌊n·k/m⌋, ⌊n·(k+1)/m⌋). Contiguous ranges keep each update a loop over
 * structure-of-arrays state; results do not depend on the split because every random stream is
 * keyed by the entity it serves and every sum runs in a fixed order.
 */
public final class Ownership {
    private Ownership() {
    }

    /** First index of part {@code k} of {@code m} of {@code n} items. */
    public static int from(int n, int k, int m) {
        return (int) ((long) n * k / m);
    }

    /** End (exclusive) of part {@code k} of {@code m} of {@code n} items. */
    public static int to(int n, int k, int m) {
        return (int) ((long) n * (k + 1) / m);
    }

    /** The part (of {@code m}) that item {@code i} of {@code n} falls in. */
    public static int partOf(int i, int n, int m) {
        return (int) (((long) (i + 1) * m - 1) / n);
    }
}
