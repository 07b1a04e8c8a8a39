package org.syncytium.core.delivery;

/**
 * Where the running slice is: origin T in steps and the slice-local steps [first, end) the current
 * pass updates. Written by the driver thread before each phase; workers read it after the pool's
 * hand-over, which orders the writes before the reads.
 */
public final class SliceClock {
    private long origin;
    private int first;
    private int end;

    public void set(long originStep, int firstStep, int endStep) {
        this.origin = originStep;
        this.first = firstStep;
        this.end = endStep;
    }

    public long origin() {
        return origin;
    }

    public int first() {
        return first;
    }

    public int end() {
        return end;
    }
}
