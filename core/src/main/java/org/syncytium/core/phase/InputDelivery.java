package org.syncytium.core.phase;

import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * Moves the slice's buffered input from the ring buffers into the populations' slice arrays; with
 * a constant pull owed by the last final pass, each worker also sums its neurons' gap input from
 * the partners' V at the slice end in the same pool round ({@link GapPull}).
 */
public final class InputDelivery {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final RingBuffers rings;
    private final SliceClock clock;
    private final GapPull pull;
    private final WorkerTask task = this::deliver;
    /** Per worker: wall time of this round's constant pull, ns. */
    private final long[] pulled;
    private boolean constantPull;

    public InputDelivery(RunPlan plan, WorkerPool pool, RingBuffers rings, SliceClock clock, GapPull pull) {
        this.plan = plan;
        this.pool = pool;
        this.rings = rings;
        this.clock = clock;
        this.pull = pull;
        this.pulled = new long[plan.workers()];
    }

    /** Delivers; with {@code constantPull} each worker also runs the constant pull over its fixed ranges. */
    public void run(boolean constantPull) {
        this.constantPull = constantPull;
        pool.run(task);
    }

    /** The longest wall time a worker spent in the constant pull of the last round, ns. */
    public long pullTime() {
        long longest = 0;
        for (long t : pulled) {
            longest = Math.max(longest, t);
        }
        return longest;
    }

    private void deliver(int w) {
        int[] offsets = plan.neurons().ringOffsets();
        int[][] from = plan.partition().from();
        int[][] to = plan.partition().to();
        for (int p = 0; p < offsets.length; p++) {
            rings.deliver(plan.buffers()[p], offsets[p], from[p][w], to[p][w], clock.origin());
        }
        if (constantPull) {
            long start = System.nanoTime();
            pull.constant(w);
            pulled[w] = System.nanoTime() - start;
        } else {
            pulled[w] = 0;
        }
    }
}
