package org.syncytium.core.plan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.syncytium.core.SplitPolicy;

/**
 * The neuron ranges of the update passes (trial and final), which move between passes: each worker
 * charges the CPU time its range of each population cost, and after the pass the {@link SplitPolicy}
 * (by default {@link CostBalance}) sets the next pass's ranges. Other phases keep the fixed ranges of
 * the {@link Partition}. Bounds are written only by the thread that dispatches passes, between
 * them; workers read them during a pass. Nothing here allocates after construction.
 *
 * <p>Thread CPU time, not wall time, is charged: on a shared machine a worker that was descheduled
 * did not have more work, and moving neurons away from it would only chase the scheduler.
 *
 * <p>Reading a thread's CPU clock is a system call (0.5-0.9 us measured here), two per range and
 * pass: where every slice is one step (use_wfr=false: 10,020 passes of 0.05 ms in 501 ms) that is
 * about 1 % of a pass. Such one-step passes are measured in windows: two consecutive passes with the
 * same ranges are charged, the ranges move once on their summed cost, and the next six passes run
 * with those ranges without reading a clock. Summing two passes also evens out work that comes every
 * other step (samples taken every 0.1 ms and handed on by worker 0 in the next pass), which a split
 * moved after every single pass would follow one step late, i.e. always the wrong way. Passes of
 * longer slices (WFR iterations) move the ranges after every pass.
 */
public final class UpdateSplit {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SplitPolicy policy;
    private final int workers;
    /** Per population, worker w's range is [bounds[p][w], bounds[p][w + 1]). */
    private final int[][] bounds;
    private final int[][] previous;
    /** CPU nanoseconds per population and worker in the current pass. */
    private final long[][] costs;
    /** When each worker finished its part of the current pass (System.nanoTime), 0 if it did not report. */
    private final long[] finished;
    private final boolean cpuClock;
    /** One-step passes measured together (costs summed) before the ranges move. */
    private static final int WINDOW = 2;
    /** One-step passes per measured window. */
    private static final int STRIDE = 8;
    /** True if passes are one step each and measured in windows (see the class comment). */
    private final boolean windowed;
    /** Passes ended so far. */
    private long passes;
    /** Whether the current pass charges its ranges' cost (written between passes by the dispatcher). */
    private boolean measuring = true;

    /** A split whose ranges move after every pass. */
    public UpdateSplit(Partition partition, SplitPolicy policy) {
        this(partition, policy, false);
    }

    /**
     * @param oneStepPasses true if every pass is one step (slices of one step): the ranges then move
     *                      once per eight passes, on the cost of two (see the class comment)
     */
    public UpdateSplit(Partition partition, SplitPolicy policy, boolean oneStepPasses) {
        this.windowed = oneStepPasses;
        this.policy = policy;
        this.workers = partition.workers();
        int pops = partition.from().length;
        bounds = new int[pops][workers + 1];
        previous = new int[pops][workers + 1];
        costs = new long[pops][workers];
        finished = new long[workers];
        for (int p = 0; p < pops; p++) {
            for (int w = 0; w < workers; w++) {
                bounds[p][w] = partition.from()[p][w];
            }
            bounds[p][workers] = partition.to()[p][workers - 1]; // local indices, as the partition's
        }
        boolean supported = THREADS.isCurrentThreadCpuTimeSupported();
        if (supported && !THREADS.isThreadCpuTimeEnabled()) {
            try {
                THREADS.setThreadCpuTimeEnabled(true);
            } catch (UnsupportedOperationException | SecurityException e) {
                supported = false;
            }
        }
        cpuClock = supported && THREADS.isThreadCpuTimeEnabled();
    }

    /** First neuron of worker {@code w}'s range of population {@code p} in this pass. */
    public int from(int p, int w) {
        return bounds[p][w];
    }

    /** End (exclusive) of worker {@code w}'s range of population {@code p} in this pass. */
    public int to(int p, int w) {
        return bounds[p][w + 1];
    }

    /**
     * The calling thread's CPU time in ns (wall time where the JVM cannot measure it) if this pass is
     * measured; else 0, without reading a clock (and {@link #charge} ignores the pass).
     */
    public long clock() {
        if (!measuring) {
            return 0;
        }
        return cpuClock ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Worker {@code w}'s range of population {@code p} cost {@code nanos} of {@link #clock()} time;
     * ignored in a pass that is not measured.
     */
    public void charge(int p, int w, long nanos) {
        if (measuring) {
            costs[p][w] += Math.max(1, nanos);
        }
    }

    /**
     * Worker {@code w} finished its part of this pass at {@code nanoTime} ({@link System#nanoTime()}).
     * What a worker then waits at the pass's end is measured from here, not from its start: a worker
     * that started late, or took less of a shared pass, did not wait for that.
     */
    public void finished(int w, long nanoTime) {
        finished[w] = nanoTime;
    }

    /**
     * Ends a pass (call after every worker finished it): moves the ranges of the populations that
     * ran (of one-step passes: if the pass ends a measured window, see the class comment), and returns the wall time the
     * workers waited for the slowest of them, summed over workers.
     */
    public long endPass() {
        long last = Long.MIN_VALUE;
        for (long f : finished) {
            last = Math.max(last, f);
        }
        long wait = 0;
        for (int w = 0; w < workers; w++) {
            wait += last - finished[w];
        }
        if (!windowed) {
            rebalance();
            return wait;
        }
        if (passes % STRIDE == WINDOW - 1) {
            rebalance();
        }
        passes++;
        measuring = passes % STRIDE < WINDOW;
        return wait;
    }

    private void rebalance() {
        for (int p = 0; p < bounds.length; p++) {
            long[] cost = costs[p];
            boolean ran = false;
            for (int w = 0; w < workers; w++) {
                ran |= cost[w] > 0;
            }
            if (ran) {
                System.arraycopy(bounds[p], 0, previous[p], 0, workers + 1);
                policy.rebalance(previous[p], cost, bounds[p]);
                java.util.Arrays.fill(cost, 0L);
                check(p);
            }
        }
    }

    /** A policy must keep the owned bounds and give every worker a (possibly empty) range in order. */
    private void check(int p) {
        int[] next = bounds[p];
        boolean ok = next[0] == previous[p][0] && next[workers] == previous[p][workers];
        for (int w = 0; w < workers; w++) {
            ok &= next[w] <= next[w + 1];
        }
        if (!ok) {
            throw new IllegalStateException("split policy " + policy + " gave invalid bounds "
                    + java.util.Arrays.toString(next) + " for " + java.util.Arrays.toString(previous[p]));
        }
    }
}
