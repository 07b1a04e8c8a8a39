package org.syncytium.core.plan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.SplitPolicy;

/**
 * The neuron ranges of the update passes (trial and final), which move between passes: each worker
 * charges the time its range of each population cost, and after the pass the {@link SplitPolicy}
 * (by default {@link CostBalance}) sets the next pass's ranges. Other phases keep the fixed ranges of
 * the {@link Partition}. Bounds are written only by the thread that dispatches passes, between
 * them; workers read them during a pass. Nothing here allocates after construction.
 *
 * <p>Wall time is charged: what a pass waits for is its slowest worker's wall time. On the Zen 5
 * machine of 2026-12-03 the pool's thread finished one-step passes later than the dispatching one
 * in 57 % of them, by 66 ms per run against 12 ms (instrumented), which the threads' CPU clocks did
 * not show; charging wall time instead made the seed network without WFR 2 % faster (19 of 25
 * alternating cycles) and with WFR 1 % (4 of 6), docs/performance.md. {@code
 * -Dsyncytium.split.clock=cpu} charges thread CPU time, as before: on a host where workers are
 * descheduled, a worker that lost its CPU then keeps its neurons.
 *
 * <p>Reading a thread's CPU clock is a system call (0.5-0.9 us measured here), two per range and
 * pass: where every slice is one step (use_wfr=false: 10,020 passes of 0.05 ms in 501 ms) that is
 * about 1 % of a pass. Either clock, such one-step passes are measured in windows: two consecutive passes with the
 * same ranges are charged, the ranges move once on their summed cost, and the next six passes run
 * with those ranges without reading a clock. Summing two passes also evens out work that comes every
 * other step (samples taken every 0.1 ms and handed on by worker 0 in the next pass), which a split
 * moved after every single pass would follow one step late, i.e. always the wrong way. Passes of
 * longer slices (WFR iterations) move the ranges after every pass.
 *
 * <p>Where the model reports what each neuron cost in its last pass ({@link Population#passCost},
 * e.g. integration attempts), the ranges move before every pass instead, to equal shares of the
 * cost that the last pass predicts ({@link SplitPolicy#predict}): a neuron in a spike costs several
 * times a quiet one, and its cost in the next step is close to its cost in this one, which the
 * measured cost of whole ranges, read every eighth step, cannot follow. Each worker tallies its
 * range's costs as prefix sums right after its update ({@link #tally}, in parallel, on data still in
 * its cache); between passes the dispatcher only searches them. What a unit of that cost takes in
 * time is fitted to the measured passes ({@link CostModel}); what a neuron costs besides (its
 * gap partners' pull, its input, worker 0's extra work) is what the measured ranges cost beyond
 * their units, spread over their neurons and smoothed. So the measured time still sets the slow
 * part of the split and the last pass's costs the fast part. Until the fit holds, and for a model
 * that reports no costs, the measured ranges move as described above.
 */
public final class UpdateSplit {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SplitPolicy policy;
    private final int workers;
    /** Per population, worker w's range is [bounds[p][w], bounds[p][w + 1]). */
    private final int[][] bounds;
    private final int[][] previous;
    /** Nanoseconds (wall, or CPU time: {@link #cpuClock}) per population and worker in the current pass. */
    private final long[][] costs;
    /** When each worker finished its part of the current pass (System.nanoTime), 0 if it did not report. */
    private final long[] finished;
    /** {@code -Dsyncytium.split.clock=cpu}, read per simulator: charge thread CPU time instead of wall time. */
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
    /** The populations whose per-neuron costs predict the next pass; null for none. */
    private final Population[] populations;
    /**
     * Per population: position i - from of the owned neuron i holds the sum of the pass costs of
     * the neurons before it in its worker's range in the last pass ({@link #tally}).
     */
    private final long[][] prefix;
    /** Per population and worker: the pass costs of the range in the last pass, and if it tallied. */
    private final long[][] rangeUnits;
    private final boolean[][] tallied;
    /** Per population and worker: units and neurons in the current measurement (summed as the costs). */
    private final long[][] measuredUnits;
    private final long[][] measuredNeurons;
    /** Per population: passes summed into the current measurement. */
    private final int[] measuredPasses;
    private final CostModel[] models;
    /** The population whose prediction {@link #prediction} computes, and its ranges' cost before each range. */
    private int predicting;
    private final long[] before;
    private final SplitPolicy.Prediction prediction = this::predictedUpTo;
    /** Per population: each owned neuron's time per pass besides its units, ns ({@link #learnOverhead}). */
    private final double[][] overhead;
    /** Per population: position k holds the overheads of the first k owned neurons summed. */
    private final double[][] overheadUpTo;
    private final boolean[] overheadKnown;

    /** A split whose ranges move after every pass. */
    public UpdateSplit(Partition partition, SplitPolicy policy) {
        this(partition, policy, false);
    }

    /**
     * @param oneStepPasses true if every pass is one step (slices of one step): the ranges then move
     *                      once per eight passes, on the cost of two (see the class comment)
     */
    public UpdateSplit(Partition partition, SplitPolicy policy, boolean oneStepPasses) {
        this(partition, policy, oneStepPasses, null);
    }

    /**
     * @param populations the populations, whose {@link Population#passCost} may predict the next
     *                    pass's ranges (see the class comment); null for measured ranges only
     */
    public UpdateSplit(Partition partition, SplitPolicy policy, boolean oneStepPasses, Population[] populations) {
        this.windowed = oneStepPasses;
        this.populations = populations;
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
        boolean predictive = populations != null && workers > 1;
        prefix = new long[pops][];
        rangeUnits = new long[pops][workers];
        tallied = new boolean[pops][workers];
        measuredUnits = new long[pops][workers];
        measuredNeurons = new long[pops][workers];
        models = new CostModel[pops];
        overhead = new double[pops][];
        overheadUpTo = new double[pops][];
        overheadKnown = new boolean[pops];
        measuredPasses = new int[pops];
        before = new long[workers + 1];
        for (int p = 0; p < pops; p++) {
            int owned = predictive ? bounds[p][workers] - bounds[p][0] : 0;
            prefix[p] = new long[owned];
            overhead[p] = new double[owned];
            overheadUpTo[p] = new double[owned + 1];
            models[p] = new CostModel();
        }
        cpuClock = "cpu".equals(System.getProperty("syncytium.split.clock", "wall")) && cpuClockAvailable();
    }

    /** True if this JVM measures the current thread's CPU time (turning it on if it is off). */
    private static boolean cpuClockAvailable() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            return false;
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            try {
                THREADS.setThreadCpuTimeEnabled(true);
            } catch (UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return THREADS.isThreadCpuTimeEnabled();
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
     * The charged clock in ns if this pass is measured: {@link System#nanoTime()}, or the calling
     * thread's CPU time under {@code syncytium.split.clock=cpu} where the JVM measures it; else 0,
     * without reading a clock (and {@link #charge} ignores the pass).
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
     * Worker {@code w} updated neurons [from, to) of population {@code p}, its range in this pass:
     * sums their costs as the model now reports them ({@link Population#passCost}) for the next
     * pass's ranges. Call from the worker, after the update and before the range's {@link #charge}.
     */
    public void tally(int p, int w, int from, int to) {
        long[] sums = prefix[p];
        if (sums.length == 0) {
            return;
        }
        Population population = populations[p];
        int offset = bounds[p][0];
        long sum = 0;
        for (int i = from; i < to; i++) {
            sums[i - offset] = sum;
            sum += population.passCost(i);
        }
        rangeUnits[p][w] = sum;
        tallied[p][w] = true;
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
        boolean measured = measuring;
        if (measured) {
            addMeasuredUnits();
        }
        boolean windowEnd = !windowed || passes % STRIDE == WINDOW - 1;
        for (int p = 0; p < bounds.length; p++) {
            boolean predicted = predict(p, measured && windowEnd);
            if (windowEnd && !predicted) {
                rebalance(p);
            }
        }
        if (windowed) {
            passes++;
            measuring = passes % STRIDE < WINDOW;
        }
        return wait;
    }

    /** Adds this pass's tallied units and range sizes to the current measurement. */
    private void addMeasuredUnits() {
        for (int p = 0; p < bounds.length; p++) {
            measuredPasses[p]++;
            for (int w = 0; w < workers; w++) {
                measuredUnits[p][w] += tallied[p][w] ? rangeUnits[p][w] : 0;
                measuredNeurons[p][w] += bounds[p][w + 1] - bounds[p][w];
            }
        }
    }

    /**
     * Sets population {@code p}'s next ranges from its tallied costs if every worker tallied its
     * range in this pass and the policy predicts; at the end of a measurement ({@code fit}) first
     * feeds it to the cost model. Returns true if the ranges were set (the measurement is then used
     * up), false if the measured rebalancing is to move them.
     */
    private boolean predict(int p, boolean fit) {
        boolean all = prefix[p].length > 0;
        for (int w = 0; w < workers; w++) {
            if (bounds[p][w] == bounds[p][w + 1]) {
                rangeUnits[p][w] = 0; // an empty range has nothing to tally
            } else {
                all &= tallied[p][w];
            }
            tallied[p][w] = false;
        }
        if (!all) {
            return false;
        }
        CostModel model = models[p];
        if (fit) {
            boolean ran = true;
            for (int w = 0; w < workers; w++) {
                ran &= costs[p][w] > 0 || bounds[p][w + 1] == bounds[p][w];
            }
            if (ran) {
                model.observe(measuredUnits[p], measuredNeurons[p], costs[p], measuredPasses[p]);
                if (model.ready()) {
                    learnOverhead(p, model.perUnit());
                }
            }
        }
        if (!model.ready() || !overheadKnown[p]) {
            return false;
        }
        predicting = p;
        before[0] = 0;
        for (int w = 0; w < workers; w++) {
            before[w + 1] = before[w] + rangeUnits[p][w];
        }
        if (before[workers] == 0) {
            return false; // the model reports no costs
        }
        System.arraycopy(bounds[p], 0, previous[p], 0, workers + 1);
        if (!policy.predict(previous[p], prediction, bounds[p])) {
            return false;
        }
        check(p);
        if (fit) {
            clearMeasurement(p);
        }
        return true;
    }

    /**
     * The predicted time of the owned neurons [lo, i) of population {@link #predicting} in the
     * next pass: their last costs (prefix sums over the last pass's ranges, which cover the owned
     * neurons in order) at the fitted rate, plus their overheads ({@link #learnOverhead}).
     */
    private double predictedUpTo(int i) {
        int[] last = previous[predicting];
        int lo = last[0];
        if (i <= lo) {
            return 0.0;
        }
        long units;
        if (i >= last[workers]) {
            units = before[workers];
        } else {
            int w = 0;
            while (i >= last[w + 1]) {
                w++;
            }
            units = before[w] + prefix[predicting][i - lo];
        }
        return models[predicting].perUnit() * units + overheadUpTo[predicting][i - lo];
    }

    /**
     * Spreads what each worker's range cost in the measurement just ended beyond its units (at
     * {@code perUnit} ns each) evenly over the range's neurons, and moves each neuron's overhead half
     * way there (its first measurement all the way): what a neuron costs whatever its integration
     * does (its gap partners' pull, its input, worker 0's extra work) differs from neuron to neuron
     * and from worker to worker, and only the measured time of whole ranges shows it. Then sums the
     * overheads for {@link #predictedUpTo}.
     */
    private void learnOverhead(int p, double perUnit) {
        double[] each = overhead[p];
        int lo = bounds[p][0];
        boolean first = !overheadKnown[p];
        for (int w = 0; w < workers; w++) {
            int from = bounds[p][w];
            int to = bounds[p][w + 1];
            if (from == to || measuredNeurons[p][w] == 0) {
                continue;
            }
            double rest = (costs[p][w] - perUnit * measuredUnits[p][w]) / measuredNeurons[p][w];
            double target = Math.max(0.0, rest);
            for (int i = from; i < to; i++) {
                each[i - lo] = first ? target : 0.5 * (each[i - lo] + target);
            }
        }
        overheadKnown[p] = true;
        double[] upTo = overheadUpTo[p];
        for (int k = 0; k < each.length; k++) {
            upTo[k + 1] = upTo[k] + each[k];
        }
    }

    private void rebalance(int p) {
        long[] cost = costs[p];
        boolean ran = false;
        for (int w = 0; w < workers; w++) {
            ran |= cost[w] > 0;
        }
        if (ran) {
            System.arraycopy(bounds[p], 0, previous[p], 0, workers + 1);
            policy.rebalance(previous[p], cost, bounds[p]);
            clearMeasurement(p);
            check(p);
        }
    }

    private void clearMeasurement(int p) {
        java.util.Arrays.fill(costs[p], 0L);
        java.util.Arrays.fill(measuredUnits[p], 0L);
        java.util.Arrays.fill(measuredNeurons[p], 0L);
        measuredPasses[p] = 0;
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
