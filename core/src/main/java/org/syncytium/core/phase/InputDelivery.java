package org.syncytium.core.phase;

import java.util.Arrays;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * Moves the slice's buffered input from the ring buffers into the populations' slice arrays; with
 * a constant pull owed by the last final pass, each worker also sums its neurons' gap input from
 * the partners' V at the slice end ({@link GapPull}).
 *
 * <p>Either in a pool round of its own over the fixed ranges ({@link #run}, before a slice's
 * first trial pass), or per range inside the slice's final pass when no trial pass comes first
 * ({@link #range}, called by {@link FinalUpdate} for the very neurons a worker then updates): a
 * slice of the stepwise solver is then one pool round instead of two. Each neuron's input is the
 * same either way: its own ring column and its own gap sum, whoever moves or computes them.
 */
public final class InputDelivery {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final RingBuffers rings;
    private final SliceClock clock;
    private final GapPull pull;
    private final WorkerTask task = this::deliver;
    /** Per worker: wall time of this round's (or pass's) delivery and constant pull, ns. */
    private final long[] delivered;
    private final long[] pulled;
    private boolean constantPull;

    public InputDelivery(RunPlan plan, WorkerPool pool, RingBuffers rings, SliceClock clock, GapPull pull) {
        this.plan = plan;
        this.pool = pool;
        this.rings = rings;
        this.clock = clock;
        this.pull = pull;
        this.delivered = new long[plan.workers()];
        this.pulled = new long[plan.workers()];
    }

    /** Delivers; with {@code constantPull} each worker also runs the constant pull over its fixed ranges. */
    public void run(boolean constantPull) {
        prepare(constantPull);
        pool.run(task);
    }

    /**
     * Before a pass that calls {@link #range} on every worker: the slice's receptor input readied,
     * whether the constant pull is owed, and the per-worker times reset.
     */
    void prepare(boolean constantPull) {
        rings.prepare(clock.origin(), plan.sliceSteps());
        this.constantPull = constantPull;
        Arrays.fill(delivered, 0L);
        Arrays.fill(pulled, 0L);
    }

    /**
     * Worker {@code w} delivers neurons {@code [from, to)} of population {@code p} (and pulls their
     * constant gap input if owed), inside a pass over those neurons.
     */
    void range(int w, int p, int from, int to) {
        long start = System.nanoTime();
        rings.deliver(plan.buffers()[p], plan.neurons().ringOffsets()[p], from, to, clock.origin());
        long moved = System.nanoTime();
        delivered[w] += moved - start;
        if (constantPull) {
            pull.constant(w, p, from, to);
            pulled[w] += System.nanoTime() - moved;
        }
    }

    /** The longest wall time a worker spent delivering in the last round or pass, ns. */
    public long deliverTime() {
        return longest(delivered);
    }

    /** The longest wall time a worker spent in the constant pull of the last round or pass, ns. */
    public long pullTime() {
        return longest(pulled);
    }

    private static long longest(long[] times) {
        long longest = 0;
        for (long t : times) {
            longest = Math.max(longest, t);
        }
        return longest;
    }

    private void deliver(int w) {
        int[] offsets = plan.neurons().ringOffsets();
        int[][] from = plan.partition().from();
        int[][] to = plan.partition().to();
        long start = System.nanoTime();
        for (int p = 0; p < offsets.length; p++) {
            rings.deliver(plan.buffers()[p], offsets[p], from[p][w], to[p][w], clock.origin());
        }
        long moved = System.nanoTime();
        delivered[w] = moved - start;
        if (constantPull) {
            pull.constant(w);
            pulled[w] = System.nanoTime() - moved;
        }
    }
}
