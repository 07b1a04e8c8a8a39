package org.syncytium.plugins.hh;

import static org.syncytium.plugins.hh.HhDynamics.DIM;
import static org.syncytium.plugins.hh.LaneParameters.*;
import static org.syncytium.support.ode.Rkf45Tableau.*;

import java.util.Arrays;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The {@code rkf45_simd} integrator: NEST's adaptive RKF45 (see {@link Rkf45Stepper}) for several
 * neurons at once, one neuron per SIMD lane ({@code jdk.incubator.vector}, the platform's preferred
 * width: 8 doubles with AVX-512, 4 with AVX2).
 *
 * <p>Every lane runs its own GSL step control: its own local time, trial step, accept/reject
 * decision and carried step size, exactly the rules of {@link Rkf45Stepper}. All lanes perform one
 * RKF45 attempt together; a lane that finishes its simulation step does the per-step work (spike
 * input, spike detection, waveform coefficients) and goes on with its next step, and a lane whose
 * neuron has finished the slice takes the next neuron ({@code refill}), costliest first (see
 * {@link #order}). Several vectors of lanes ({@link #GROUPS}) make one attempt together, so that the
 * pipes have independent work while one vector waits on its chain; wholly idle vectors are skipped.
 * With {@code refill = false}
 * lanes are fixed groups of neurons that wait for each other at every step boundary (kept for the
 * measurement in docs/performance.md).
 *
 * <p>Arithmetic: the right-hand side, stages, error estimate and step control perform the same
 * IEEE operations in the same order as the scalar path; exp and the control's powers come from
 * {@link VectorMath} (deterministic in every JIT tier, within 1 ulp of {@link StrictMath#exp}) instead
 * of {@link Math#exp}/{@link Math#pow}. The scalar twin ({@link HhDynamics#strict}) computes exactly
 * what a lane computes, bit for bit; the differences to NEST's arithmetic are measured in
 * docs/models/hh_psc_alpha_gap.md. Results do not depend on which lane or thread integrates a neuron.
 *
 * <p>All lane state lives in small arrays (component-major, index {@code c * LANES + lane}); an
 * instance is scratch space of one thread and allocates nothing after construction.
 */
final class Rkf45Simd {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /**
     * Vectors of lanes per attempt, system property {@code syncytium.simd.groups} (default 4, at most
     * 64 lanes: the lane flags are bits of a long). Measured in docs/performance.md.
     */
    private static final int GROUPS = Math.max(1, Math.min(Integer.getInteger("syncytium.simd.groups", 4),
            64 / SPECIES.length()));

    private static final double EPS_ABS = Rkf45Stepper.EPS_ABS;
    private static final int MAX_ATTEMPTS = Rkf45Stepper.MAX_ATTEMPTS;

    private static final int V = HhDynamics.V;
    private static final int M = HhDynamics.M;
    private static final int H = HhDynamics.H;
    private static final int N = HhDynamics.N;
    private static final int P = HhDynamics.P;
    private static final int DI_EX = HhDynamics.DI_EX;
    private static final int I_EX = HhDynamics.I_EX;
    private static final int DI_IN = HhDynamics.DI_IN;
    private static final int I_IN = HhDynamics.I_IN;

    /** Number of lanes. */
    /** Doubles per vector. */
    static final int VL = SPECIES.length();
    /**
     * The aligned start: where the lanes' data begins in each of their arrays (every index below adds
     * it). A 512-bit access that crosses a 64-byte line costs more (on an Intel Xeon the lanes ran
     * 5-9 % faster with every array on lines: docs/performance.md, "Aligned lanes"). HotSpot puts an
     * array's elements 16 bytes into the object, and the launchers run the JVM with
     * -XX:ObjectAlignmentInBytes=64, so element 6 starts a line in every array, wherever the
     * collector moves it. Without that flag the results are the same; only the speed differs.
     */
    static final int A = 6;
    /**
     * Number of lanes: {@link #GROUPS} vectors' worth. An attempt is a chain of six right-hand sides,
     * each waiting on the one before, and with one vector of lanes the FMA pipes idle through the
     * latencies of that chain; the other vectors' independent work fills them. A static constant: C2
     * folds the row offsets {@code c * LANES} and merges their range checks (an instance field it would not).
     */
    static final int LANES = GROUPS * VL;

    // ---- vector-loaded lane state, index c * lanes + lane ----
    private final double[] y = new double[A + DIM * LANES];
    private final double[] yTmp = new double[A + DIM * LANES];
    private final double[] yNew = new double[A + DIM * LANES];
    private final double[] k1 = new double[A + DIM * LANES];
    private final double[] k2 = new double[A + DIM * LANES];
    private final double[] k3 = new double[A + DIM * LANES];
    private final double[] k4 = new double[A + DIM * LANES];
    private final double[] k5 = new double[A + DIM * LANES];
    private final double[] k6 = new double[A + DIM * LANES];
    /** Local time within the current simulation step, ms. */
    private final double[] time = new double[A + LANES];
    /** Carried adaptive step size, ms. */
    private final double[] step = new double[A + LANES];
    /** Parameters of the lane's neuron, index q * lanes + lane with q one of the P_* below. */
    private final double[] parameters = new double[A + PARAMETERS * LANES];
    /** h · dV/dt at the start / end of the current step (trial pass, order 3). */
    private final double[] hfStart = new double[A + LANES];
    private final double[] hfEnd = new double[A + LANES];
    /** Step size of the current attempt (the carried one, truncated to the remaining interval). */
    private final double[] stepNow = new double[A + LANES];
    /** Local time after the current attempt if accepted. */
    private final double[] timeNew = new double[A + LANES];
    /**
     * Arguments and values of exponentials: those of the rate functions where V is out of the range
     * that keeps them in registers (4 rows of each vector of lanes side by side, vector o/VL at 4·o),
     * or the control's powers (rows 1/5 and 1/6 of all lanes).
     */
    private final double[] expIn = new double[A + 8 * LANES];
    private final double[] expOut = new double[A + 8 * LANES];
    private final double[] logRatio = new double[A + LANES];
    /** Running maximum of the error ratio. */
    private final double[] ratio = new double[A + LANES];
    /** Local time of the stage being evaluated. */
    private final double[] stageTime = new double[A + LANES];
    /** Lanes integrating now (not idle, not waiting for their group). */
    private final double[] active = new double[A + LANES];
    /** Lanes that start a new evolve call (need k1 = f(t0, y)). */
    private final double[] needK1 = new double[A + LANES];
    /** Lanes that start a new simulation step (need hfStart). */
    private final double[] fresh = new double[A + LANES];
    /** Bit g set: lanes [g·VL, (g+1)·VL) hold an active lane in this attempt. */
    private int liveChunks;
    /**
     * Bit g set: a lane of vector g may need k1 (it was accepted, began a step or moved in). A superset
     * of the lanes that do is harmless: k1 recomputed from the same t, y and inputs has the same bits.
     */
    private int needK1Chunks;
    /** Bit per lane: the lane holds a neuron (mirrors {@code neuron[lane] >= 0}). */
    private long busyLanes;
    /** Bit per lane: the lane is integrating (mirrors {@code active[A + lane] != 0}). */
    private long activeLanes;
    /** Bit per lane, written by {@link #decide()}: the lane completed its step in this attempt. */
    private long doneLanes;
    /** Set by {@link #decide()}: some lane failed (V = NaN) or ran out of attempts in this attempt. */
    private boolean trouble;
    /** 2^k in lane k of a vector: a 0/1 flag vector times this, summed, is the vector's lanes as bits. */
    private static final double[] LANE_BITS = laneBits();
    /** Some lane has begun a step since the last {@link #takeStartSlopes()}. */
    private boolean anyFresh;
    /** Lanes whose current step is complete, written by {@link #decide()}. */
    private final double[] done = new double[A + LANES];
    /** Lanes whose accepted state has V = NaN, written by {@link #decide()}. */
    private final double[] failed = new double[A + LANES];

    // ---- scalar lane bookkeeping ----
    private final int[] neuron = new int[LANES];
    private final int[] stepIndex = new int[LANES];
    /** Attempts within the current step of each lane (a double, like the other lane flags). */
    private final double[] attempts = new double[A + LANES];
    private final int[] refractory = new int[LANES];
    /** Attempts so far of the lane's neuron in this pass (its cost, for the next pass's order). */
    private final double[] neuronAttempts = new double[A + LANES];
    private final double[] vBefore = new double[A + LANES];
    private final boolean[] sampled = new boolean[LANES];
    /** The lane's state was written back after its current step (it was sampled): the end of the pass need not. */
    private final boolean[] stored = new boolean[LANES];
    private final double[] scratch = new double[DIM];

    // parameter rows
    // ---- the pass being run ----
    private HhPopulation population;
    private org.syncytium.api.neuron.SliceIO io;
    private boolean trial;
    private boolean refill = true;
    /** Lanes of sparse vectors move together once the pass has no neuron left to hand out ({@link #compact}). */
    private boolean compaction = true;
    /** The pass has handed out its last neuron: idle lanes stay idle. */
    private boolean drained;
    /** Compactions so far (tests). */
    private long compactions;
    private final int[] lanesInVector = new int[GROUPS];
    private double resolution;
    /** 1 / resolution, 1/ms: the gap polynomial's τ = t · (1/h). */
    private double inverseResolution;
    private int order;
    private int width;
    private int sliceSteps;
    private int firstStep;
    private int endStep;
    private double tolerance;
    private boolean converged;
    private int nextNeuron;
    private int endNeuron;
    /** Null: the pass covers the range [from, to); else the neurons listed[from..to). */
    private int[] listed;
    /** A shared trial pass's queue (the kernel orders it), or null: the lanes take the pass's range in their own order. */
    private org.syncytium.api.neuron.NeuronQueue queue;
    /** The pass's neurons in the order the lanes take them, positions [0, endNeuron). */
    private int[] sequence = new int[0];
    private final int[] bucketStart = new int[COST_BUCKETS + 1];
    private double[] spikeEx;
    private double[] spikeIn;
    private double[] current;
    private double[] gapS;
    private double[] gapIn;
    private double[] gapOut;
    private double[] lastV;
    private boolean gap;
    /** The pass's population has uniform constant parameters, filled into all lanes by {@link #begin}. */
    private boolean uniform;

    Rkf45Simd() {
        // benign contents for idle lanes: default parameters, resting state
        double[] defaults = HhParameters.defaults();
        double[][] defaultColumns = new double[defaults.length][];
        for (int k = 0; k < defaults.length; k++) {
            defaultColumns[k] = new double[] {defaults[k]};
        }
        double[] packed = new double[PACKED];
        pack(defaultColumns, 0, packed, 0);
        for (int lane = 0; lane < LANES; lane++) {
            for (int q = 0; q < PACKED; q++) {
                parameters[A + q * LANES + lane] = packed[q];
            }
            y[A + V * LANES + lane] = HhParameters.V_INIT;
            step[A + lane] = 0.05;
        }
    }

    /** Lanes wait for each other at step boundaries (fixed groups) instead of refilling. */
    void setRefill(boolean refill) {
        this.refill = refill;
    }

    /** Whether the lanes of a pass's tail move into fewer vectors (the default; off only for comparisons). */
    void setCompaction(boolean compaction) {
        this.compaction = compaction;
    }

    /** Compactions so far on this thread's lanes (tests). */
    long compactions() {
        return compactions;
    }

    // ------------------------------------------------------------------ passes

    /** The final pass of neurons [from, to): see {@link HhPopulation#update}. */
    void update(HhPopulation population, int from, int to, org.syncytium.api.neuron.SliceIO io) {
        begin(population, io, false, 0.0);
        firstStep = io.firstStep();
        endStep = io.endStep();
        current = io.currentInput();
        run(from, to);
    }

    /** A trial pass of neurons [from, to): see {@link HhPopulation#trialUpdate}; returns convergence. */
    boolean trialUpdate(HhPopulation population, int from, int to, org.syncytium.api.neuron.SliceIO io, double tolerance) {
        begin(population, io, true, tolerance);
        firstStep = 0;
        endStep = sliceSteps;
        current = null;
        converged = true;
        run(from, to);
        return converged;
    }

    /**
     * A trial pass of the neurons {@code neurons[start..end)} only (WFR work skipping): lanes refill
     * from the list as they would from a range, so skipping costs no lane efficiency.
     */
    boolean trialUpdate(HhPopulation population, int[] neurons, int start, int end,
            org.syncytium.api.neuron.SliceIO io, double tolerance) {
        listed = neurons;
        try {
            return trialUpdate(population, start, end, io, tolerance);
        } finally {
            listed = null;
        }
    }

    /**
     * A trial pass of the neurons {@code queue} hands this thread (see {@link HhPopulation#trialUpdate(
     * org.syncytium.api.neuron.NeuronQueue, org.syncytium.api.neuron.SliceIO, double)}): each lane that
     * finishes a neuron takes the next one from the queue, in the kernel's order (costliest first).
     */
    boolean trialUpdate(HhPopulation population, org.syncytium.api.neuron.NeuronQueue queue,
            org.syncytium.api.neuron.SliceIO io, double tolerance) {
        this.queue = queue;
        try {
            return trialUpdate(population, 0, 0, io, tolerance);
        } finally {
            this.queue = null;
        }
    }

    private void begin(HhPopulation population, org.syncytium.api.neuron.SliceIO io, boolean trial, double tolerance) {
        this.population = population;
        this.io = io;
        this.trial = trial;
        this.tolerance = tolerance;
        resolution = population.resolution();
        inverseResolution = 1.0 / resolution;
        sliceSteps = population.sliceSteps();
        gap = population.gapCoupled();
        order = gap ? population.order() : 0;
        width = population.order() + 1;
        spikeEx = io.spikeExcitatory();
        spikeIn = io.spikeInhibitory();
        gapS = gap ? io.gapConductance() : null;
        gapIn = gap ? io.gapCoefficientsIn() : null;
        gapOut = gap ? io.gapCoefficientsOut() : null;
        lastV = population.lastV();
        if (!gap) {
            // no gap current: -0·V + 0 as in HhDynamics.clearGap (the rows may hold another population's input)
            Arrays.fill(parameters, A + P_GAP_S * LANES, A + PARAMETERS * LANES, 0.0);
        }
        uniform = population.uniformParameters();
        if (uniform) {
            // every neuron's constant rows are the same: fill them into all lanes now, not per neuron
            final double[] packed = population.packedParameters();
            for (int q = 0; q < PACKED; q++) {
                Arrays.fill(parameters, A + q * LANES, A + (q + 1) * LANES, packed[q]);
            }
        }
    }

    private void run(int from, int to) {
        try {
            if (endStep <= firstStep) {
                // nothing to integrate (a run ending at a slice boundary): only the end-of-slice work
                for (int i = from; i < to; i++) {
                    if (!trial) {
                        finishFinal(i);
                    }
                }
                return;
            }
            if (queue == null) {
                order(from, to);
            }
            drained = false;
            busyLanes = 0;
            activeLanes = 0;
            needK1Chunks = 0;
            for (int lane = 0; lane < LANES; lane++) {
                assignNext(lane);
            }
            int busy = Long.bitCount(busyLanes);
            while (busy > 0) {
                attempt();
                busy = afterAttempt();
                if (drained && refill && compaction) {
                    compact();
                }
            }
        } finally {
            release();
        }
    }

    /**
     * Forgets the pass's population and slice buffers: these lanes live in a thread's workspace (a
     * ThreadLocal) as long as the thread, and the caller of simulate outlives its simulator, whose
     * buffers must then be garbage (ReleasedPopulationTest).
     */
    private void release() {
        population = null;
        io = null;
        spikeEx = null;
        spikeIn = null;
        current = null;
        gapS = null;
        gapIn = null;
        gapOut = null;
        lastV = null;
    }

    /**
     * The pass's neurons, costliest first by their attempts in their previous pass (longest processing
     * time first): the last neurons the lanes take are cheap ones, so that few lanes idle while the last
     * neurons finish. Costs are sorted into buckets of a quarter octave by a counting sort, which keeps
     * the given order within a bucket and allocates nothing. The order cannot change results: each
     * neuron's integration is the same in every lane. Passes of one step keep the index order (below).
     */
    private void order(int from, int to) {
        final int count = to - from;
        if (sequence.length < count) {
            sequence = new int[count];
        }
        if (endStep - firstStep == 1) {
            // one step per neuron: the pass is mostly loading and storing each neuron's row and inputs,
            // and in index order neighbours share cache lines and the prefetcher streams them (0.86x
            // on the seed network without WFR); the tail's few costly neurons cost less than a random
            // walk over the arrays (compaction keeps their idle lanes cheap)
            for (int k = from; k < to; k++) {
                sequence[k - from] = listed == null ? k : listed[k];
            }
            nextNeuron = 0;
            endNeuron = count;
            return;
        }
        final int[] cost = population.passCosts();
        Arrays.fill(bucketStart, 0);
        for (int k = from; k < to; k++) {
            bucketStart[COST_BUCKETS - 1 - costBucket(cost[listed == null ? k : listed[k]])]++;
        }
        int start = 0;
        for (int b = 0; b < COST_BUCKETS; b++) {
            int size = bucketStart[b];
            bucketStart[b] = start;
            start += size;
        }
        for (int k = from; k < to; k++) {
            int i = listed == null ? k : listed[k];
            sequence[bucketStart[COST_BUCKETS - 1 - costBucket(cost[i])]++] = i;
        }
        nextNeuron = 0;
        endNeuron = count;
    }

    private static final int COST_BUCKETS = 129;

    /** 0 for no cost, else 1 + 4·floor(log2 cost) + the next two bits: quarter octaves. */
    static int costBucket(int cost) {
        if (cost <= 0) {
            return 0;
        }
        int octave = 31 - Integer.numberOfLeadingZeros(cost);
        int quarter = octave >= 2 ? (cost >>> (octave - 2)) & 3 : (cost << (2 - octave)) & 3;
        return 1 + 4 * octave + quarter;
    }

    /** Gives {@code lane} the next neuron of the pass, or makes it idle; true if it got one. */
    private boolean assignNext(int lane) {
        final int i = queue != null ? queue.next() : nextNeuron < endNeuron ? sequence[nextNeuron++] : -1;
        if (i < 0) {
            neuron[lane] = -1;
            active[A + lane] = 0.0;
            busyLanes &= ~(1L << lane);
            activeLanes &= ~(1L << lane);
            drained = true;
            return false;
        }
        neuron[lane] = i;
        busyLanes |= 1L << lane;
        neuronAttempts[A + lane] = 0.0;
        if (!uniform) {
            final double[] packed = population.packedParameters();
            final int at = i * PACK_STRIDE;
            for (int q = 0; q < PACKED; q++) {
                parameters[A + q * LANES + lane] = packed[at + q];
            }
        }
        final double[] rows = population.rows();
        final int row = i * NeuronRow.LENGTH;
        parameters[A + P_ISTIM * LANES + lane] = rows[row + NeuronRow.I_STIM];
        for (int c = 0; c < DIM; c++) {
            y[A + c * LANES + lane] = rows[row + NeuronRow.STATE + c];
        }
        step[A + lane] = rows[row + NeuronRow.STEP];
        refractory[lane] = trial ? 0 : population.refractoryCounts()[i];
        sampled[lane] = !trial && io.isSampled(i);
        stepIndex[lane] = firstStep;
        beginStep(lane);
        return true;
    }

    /** Sets up step {@code stepIndex[lane]} of the lane's neuron: gap polynomial, fresh local time. */
    private void beginStep(int lane) {
        int i = neuron[lane];
        int slot = i * sliceSteps + stepIndex[lane];
        if (gap) {
            parameters[A + P_GAP_S * LANES + lane] = gapS[i];
            int at = slot * width;
            parameters[A + P_C0 * LANES + lane] = gapIn[at];
            parameters[A + P_C1 * LANES + lane] = order >= 1 ? gapIn[at + 1] : 0.0;
            parameters[A + P_C2 * LANES + lane] = order >= 3 ? gapIn[at + 2] : 0.0;
            parameters[A + P_C3 * LANES + lane] = order >= 3 ? gapIn[at + 3] : 0.0;
        }
        vBefore[A + lane] = y[A + V * LANES + lane];
        stored[lane] = false;
        time[A + lane] = 0.0;
        attempts[A + lane] = 0.0;
        needK1[A + lane] = 1.0;
        needK1Chunks |= 1 << lane / VL;
        fresh[A + lane] = 1.0;
        anyFresh = true;
        active[A + lane] = 1.0;
        activeLanes |= 1L << lane;
    }

    /**
     * h·dV/dt at local time 0 of the lanes that have just begun a step, from their k1 (f at t = 0 with
     * the step's state and partner polynomial): its V row is the membrane equation {@link #hdVdt}
     * evaluates, operation for operation, so the product with h has the same bits.
     */
    private void takeStartSlopes() {
        anyFresh = false;
        if (trial && order == 3) {
            for (int o = 0; o < LANES; o += VL) {
                if ((liveChunks & 1 << o / VL) == 0) {
                    continue;
                }
                final VectorMask<Double> isFresh = DoubleVector.fromArray(SPECIES, fresh, A + o).compare(VectorOperators.NE, 0.0);
                DoubleVector.fromArray(SPECIES, hfStart, A + o)
                        .blend(DoubleVector.fromArray(SPECIES, k1, A + V * LANES + o).mul(resolution), isFresh)
                        .intoArray(hfStart, A + o);
            }
        }
        Arrays.fill(fresh, 0.0);
    }

    /** After one attempt: per-lane end-of-step work, refills; returns the number of busy lanes. */
    private int afterAttempt() {
        // The lane flags come as bit sets from decide(), so that only the lanes with something to do
        // are visited: a branch on each lane's flag mispredicts often (about a third of the lanes
        // finish a step per attempt), and a loop over all lanes per attempt cost several per cent.
        if (trouble) {
            throwTrouble();
        }
        final long completed = doneLanes;
        if (completed != 0 && trial && order == 3) {
            // h·dV/dt at the end of the step with the same step's partner polynomial
            hdVdt(resolution, hfEnd);
        }
        for (long pending = completed; pending != 0; pending &= pending - 1) {
            int lane = Long.numberOfTrailingZeros(pending);
            endStep(lane);
            if (refill) {
                advance(lane);
            } else {
                active[A + lane] = 0.0;
                activeLanes &= ~(1L << lane);
            }
        }
        if (!refill && busyLanes != 0 && (busyLanes & activeLanes) == 0) {
            // every busy lane waits at its step boundary: all go on together
            for (long pending = busyLanes; pending != 0; pending &= pending - 1) {
                advance(Long.numberOfTrailingZeros(pending));
            }
        }
        return Long.bitCount(busyLanes);
    }

    /** The lowest lane that failed (V = NaN) or ran out of attempts, as the scalar passes report it. */
    private void throwTrouble() {
        for (int lane = 0; lane < LANES; lane++) {
            final boolean isActive = active[A + lane] != 0.0;
            final boolean isFailed = isActive & failed[A + lane] != 0.0;
            // (an idle lane keeps the count of its last neuron, which may be a pass that threw: not its business)
            final boolean isExhausted = isActive & done[A + lane] == 0.0 & attempts[A + lane] >= MAX_ATTEMPTS;
            if (isFailed | isExhausted) {
                double carried = isFailed ? step[A + lane] : Double.NaN;
                throw population.instability(neuron[lane], io.originStep() + stepIndex[lane] + 1, laneState(lane), carried);
            }
        }
        throw new IllegalStateException("a lane was reported failed or exhausted, but none is");
    }

    /**
     * In a pass's tail (no neuron left to hand out) the busy lanes are spread over vectors that are
     * each computed whole: with one-step slices (no WFR) a tenth of the lane slots of live vectors
     * idled there. If the busy lanes fit into fewer vectors, those of the emptiest vectors move into
     * free lanes of the fullest, and the emptied vectors are skipped. A lane's arithmetic does not
     * depend on its position, so the bits stay the same; the moved lane recomputes k1 (same t, y,
     * inputs: same values).
     */
    private void compact() {
        int busy = 0;
        int live = 0;
        for (int g = 0; g < GROUPS; g++) {
            int count = Long.bitCount(busyLanes & laneMask(g));
            lanesInVector[g] = count;
            busy += count;
            live += count > 0 ? 1 : 0;
        }
        int needed = (busy + VL - 1) / VL;
        if (needed >= live) {
            return;
        }
        // keep the `needed` fullest vectors (ties: the lower); the others are emptied into them
        int keep = 0;
        for (int k = 0; k < needed; k++) {
            int best = -1;
            for (int g = 0; g < GROUPS; g++) {
                if ((keep & 1 << g) == 0 && (best < 0 || lanesInVector[g] > lanesInVector[best])) {
                    best = g;
                }
            }
            keep |= 1 << best;
        }
        int free = 0;
        for (int from = 0; from < LANES; from++) {
            if ((keep & 1 << from / VL) != 0 || neuron[from] < 0) {
                continue;
            }
            while ((keep & 1 << free / VL) == 0 || neuron[free] >= 0) {
                free++;
            }
            moveLane(from, free);
        }
        compactions++;
    }

    /** Moves the busy lane {@code from} into the idle lane {@code to}, which must recompute k1. */
    private void moveLane(int from, int to) {
        for (int c = 0; c < DIM; c++) {
            y[A + c * LANES + to] = y[A + c * LANES + from];
        }
        for (int q = 0; q < PARAMETERS; q++) {
            parameters[A + q * LANES + to] = parameters[A + q * LANES + from];
        }
        time[A + to] = time[A + from];
        step[A + to] = step[A + from];
        hfStart[A + to] = hfStart[A + from];
        active[A + to] = active[A + from];
        fresh[A + to] = fresh[A + from];
        needK1[A + to] = 1.0;
        needK1Chunks |= 1 << to / VL;
        neuron[to] = neuron[from];
        stepIndex[to] = stepIndex[from];
        attempts[A + to] = attempts[A + from];
        refractory[to] = refractory[from];
        neuronAttempts[A + to] = neuronAttempts[A + from];
        vBefore[A + to] = vBefore[A + from];
        sampled[to] = sampled[from];
        stored[to] = stored[from];
        neuron[from] = -1;
        active[A + from] = 0.0;
        fresh[A + from] = 0.0;
        needK1[A + from] = 0.0;
        busyLanes = busyLanes & ~(1L << from) | 1L << to;
        activeLanes = activeLanes & ~(1L << from) | (active[A + to] != 0.0 ? 1L << to : 0L);
    }

    /** The lane bits of vector g. */
    private static long laneMask(int g) {
        return (VL == 64 ? -1L : (1L << VL) - 1) << g * VL;
    }

    private static double[] laneBits() {
        double[] bits = new double[VL];
        for (int k = 0; k < VL; k++) {
            bits[k] = 1L << k;
        }
        return bits;
    }

    /** Next step of the lane's neuron, or the neuron's end-of-slice work and the next neuron. */
    private void advance(int lane) {
        if (++stepIndex[lane] < endStep) {
            beginStep(lane);
            return;
        }
        int i = neuron[lane];
        population.passCosts()[i] = (int) neuronAttempts[A + lane];
        final double[] rows = population.rows();
        final int row = i * NeuronRow.LENGTH;
        rows[row + NeuronRow.STEP] = step[A + lane];
        if (!trial) {
            if (!stored[lane]) {
                storeState(lane, i);
            }
            population.refractoryCounts()[i] = refractory[lane];
            rows[row + NeuronRow.I_STIM] = parameters[A + P_ISTIM * LANES + lane];
            finishFinal(i);
        }
        assignNext(lane);
    }

    /** End-of-slice work of the final pass: publish V at the end as a constant, forget the trials. */
    private void finishFinal(int i) {
        if (gap) {
            population.publishFinal(i, gapOut);
        }
    }

    /** What a completed step means for the lane's neuron (the same order of work as the scalar passes). */
    private void endStep(int lane) {
        int i = neuron[lane];
        int l = stepIndex[lane];
        int slot = i * sliceSteps + l;
        if (!finite(lane)) {
            throw population.instability(i, io.originStep() + l + 1, laneState(lane), step[A + lane]);
        }
        if (spikeEx != null) {
            y[A + DI_EX * LANES + lane] += spikeEx[slot] * population.rows()[i * NeuronRow.LENGTH + NeuronRow.PSC_INIT_EX];
        }
        if (spikeIn != null) {
            y[A + DI_IN * LANES + lane] += spikeIn[slot] * population.rows()[i * NeuronRow.LENGTH + NeuronRow.PSC_INIT_IN];
        }
        double vEnd = y[A + V * LANES + lane];
        if (trial) {
            if (Math.abs(vEnd - lastV[slot]) > tolerance) {
                converged = false;
            }
            lastV[slot] = vEnd;
            if (gapOut != null) {
                int out = slot * width;
                double yStart = vBefore[A + lane];
                gapOut[out] = yStart;
                if (order == 1) {
                    gapOut[out + 1] = vEnd - yStart;
                } else if (order == 3) {
                    double hs = hfStart[A + lane];
                    double he = hfEnd[A + lane];
                    gapOut[out + 1] = hs;
                    gapOut[out + 2] = -3 * yStart + 3 * vEnd - 2 * hs - he;
                    gapOut[out + 3] = 2 * yStart - 2 * vEnd + hs + he;
                }
            }
            return;
        }
        int r = refractory[lane];
        if (r > 0) {
            --r;
        } else if (vEnd >= 0 && vBefore[A + lane] > vEnd) {
            r = population.refractorySteps()[i];
            io.spike(i, l);
        }
        refractory[lane] = r;
        if (sampled[lane] && io.isSampledAfter(i, l)) {
            storeState(lane, i);
            stored[lane] = true;
            population.refractoryCounts()[i] = r;
            io.sample(i, l);
        }
        if (current != null) {
            parameters[A + P_ISTIM * LANES + lane] = current[slot];
        }
    }

    private void storeState(int lane, int i) {
        final double[] rows = population.rows();
        final int row = i * NeuronRow.LENGTH + NeuronRow.STATE;
        for (int c = 0; c < DIM; c++) {
            rows[row + c] = y[A + c * LANES + lane];
        }
    }

    private boolean finite(int lane) {
        double sum = 0.0;
        for (int c = 0; c < DIM; c++) {
            sum += y[A + c * LANES + lane];
        }
        return !Double.isNaN(sum) && !Double.isInfinite(sum);
    }

    private double[] laneState(int lane) {
        for (int c = 0; c < DIM; c++) {
            scratch[c] = y[A + c * LANES + lane];
        }
        return scratch;
    }

    // ------------------------------------------------------------------ one RKF45 attempt, all lanes

    /**
     * One attempt of every active lane (one pass of the body of GSL's evolve loop): truncation to the
     * remaining interval, k1 where an evolve call starts, the Fehlberg stages, the error ratio and the
     * standard control, then accept (state, time, step size) or reject (step size only) per lane.
     */
    private void attempt() {
        // No vector or mask is kept across a call (it would be boxed): what later code needs goes through
        // the small arrays stepNow, timeNew, ...; lane flags are doubles (1 or 0) combined by blends.
        // which vectors of lanes have work (whole idle vectors are skipped: small populations, a pass's tail)
        int live = 0;
        for (int g = 0; g < GROUPS; g++) {
            live |= (activeLanes & laneMask(g)) != 0 ? 1 << g : 0;
        }
        liveChunks = live;
        truncate();
        if ((needK1Chunks & live) != 0) {
            // recomputing k1 of a lane that was rejected gives the same values (same t0, y, inputs)
            rhs(time, y, k1, needK1Chunks & live);
        }
        if (anyFresh) {
            takeStartSlopes();
        }
        stage2();
        rhs(stageTime, yTmp, k2, liveChunks);
        stage3();
        rhs(stageTime, yTmp, k3, liveChunks);
        stage4();
        rhs(stageTime, yTmp, k4, liveChunks);
        stage5();
        rhs(stageTime, yTmp, k5, liveChunks);
        stage6();
        rhs(stageTime, yTmp, k6, liveChunks);
        solutionAndError();
        control();
    }

    /** The step of this attempt: the carried one, truncated to the remaining interval (then t = h exactly). */
    private void truncate() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final VectorSpecies<Double> sp = SPECIES;
            final DoubleVector hRes = DoubleVector.broadcast(sp, resolution);
            final DoubleVector t0 = DoubleVector.fromArray(sp, time, A + o);
            final DoubleVector carried = DoubleVector.fromArray(sp, step, A + o);
            final VectorMask<Double> finalStep = carried.compare(VectorOperators.GT, hRes.sub(t0));
            final DoubleVector h0 = carried.blend(hRes.sub(t0), finalStep);
            h0.intoArray(stepNow, A + o);
            t0.add(h0).blend(hRes, finalStep).intoArray(timeNew, A + o);
        }
    }

    // The stages as fused multiply-adds (x.fma(b, c) = x·b + c rounded once): about half the vector
    // operations of GSL's sums of products, which cost a quarter of an attempt. Rounding-level
    // differences to NEST's arithmetic; Rkf45Stepper.fehlbergStepOfLanes is the same for one neuron.

    private void stage2() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final DoubleVector h0 = DoubleVector.fromArray(SPECIES, stepNow, A + o);
            final DoubleVector hA2 = h0.mul(A2);
            for (int c = 0; c < DIM; c++) {
                DoubleVector yc = DoubleVector.fromArray(SPECIES, y, A + c * n + o);
                DoubleVector a = DoubleVector.fromArray(SPECIES, k1, A + c * n + o);
                a.fma(hA2, yc).intoArray(yTmp, A + c * n + o);
            }
            DoubleVector.fromArray(SPECIES, time, A + o).add(hA2).intoArray(stageTime, A + o);
        }
    }

    private void stage3() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final DoubleVector h0 = DoubleVector.fromArray(SPECIES, stepNow, A + o);
            for (int c = 0; c < DIM; c++) {
                DoubleVector yc = DoubleVector.fromArray(SPECIES, y, A + c * n + o);
                DoubleVector a = DoubleVector.fromArray(SPECIES, k1, A + c * n + o);
                DoubleVector b = DoubleVector.fromArray(SPECIES, k2, A + c * n + o);
                b.fma(DoubleVector.broadcast(SPECIES, B32), a.mul(B31)).fma(h0, yc).intoArray(yTmp, A + c * n + o);
            }
            DoubleVector.fromArray(SPECIES, time, A + o).add(h0.mul(A3)).intoArray(stageTime, A + o);
        }
    }

    private void stage4() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final DoubleVector h0 = DoubleVector.fromArray(SPECIES, stepNow, A + o);
            for (int c = 0; c < DIM; c++) {
                DoubleVector yc = DoubleVector.fromArray(SPECIES, y, A + c * n + o);
                DoubleVector a = DoubleVector.fromArray(SPECIES, k1, A + c * n + o);
                DoubleVector b = DoubleVector.fromArray(SPECIES, k2, A + c * n + o);
                DoubleVector d = DoubleVector.fromArray(SPECIES, k3, A + c * n + o);
                d.fma(DoubleVector.broadcast(SPECIES, B43), b.fma(DoubleVector.broadcast(SPECIES, B42), a.mul(B41))).fma(h0, yc).intoArray(yTmp, A + c * n + o);
            }
            DoubleVector.fromArray(SPECIES, time, A + o).add(h0.mul(A4)).intoArray(stageTime, A + o);
        }
    }

    private void stage5() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final DoubleVector h0 = DoubleVector.fromArray(SPECIES, stepNow, A + o);
            for (int c = 0; c < DIM; c++) {
                DoubleVector yc = DoubleVector.fromArray(SPECIES, y, A + c * n + o);
                DoubleVector a = DoubleVector.fromArray(SPECIES, k1, A + c * n + o);
                DoubleVector b = DoubleVector.fromArray(SPECIES, k2, A + c * n + o);
                DoubleVector d = DoubleVector.fromArray(SPECIES, k3, A + c * n + o);
                DoubleVector e = DoubleVector.fromArray(SPECIES, k4, A + c * n + o);
                e.fma(DoubleVector.broadcast(SPECIES, B54), d.fma(DoubleVector.broadcast(SPECIES, B53), b.fma(DoubleVector.broadcast(SPECIES, B52), a.mul(B51)))).fma(h0, yc).intoArray(yTmp, A + c * n + o);
            }
            DoubleVector.fromArray(SPECIES, time, A + o).add(h0.mul(A5)).intoArray(stageTime, A + o);
        }
    }

    private void stage6() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final DoubleVector h0 = DoubleVector.fromArray(SPECIES, stepNow, A + o);
            for (int c = 0; c < DIM; c++) {
                DoubleVector yc = DoubleVector.fromArray(SPECIES, y, A + c * n + o);
                DoubleVector a = DoubleVector.fromArray(SPECIES, k1, A + c * n + o);
                DoubleVector b = DoubleVector.fromArray(SPECIES, k2, A + c * n + o);
                DoubleVector d = DoubleVector.fromArray(SPECIES, k3, A + c * n + o);
                DoubleVector e = DoubleVector.fromArray(SPECIES, k4, A + c * n + o);
                DoubleVector f = DoubleVector.fromArray(SPECIES, k5, A + c * n + o);
                f.fma(DoubleVector.broadcast(SPECIES, B65), e.fma(DoubleVector.broadcast(SPECIES, B64), d.fma(DoubleVector.broadcast(SPECIES, B63), b.fma(DoubleVector.broadcast(SPECIES, B62), a.mul(B61))))).fma(h0, yc).intoArray(yTmp, A + c * n + o);
            }
            DoubleVector.fromArray(SPECIES, time, A + o).add(h0.mul(A6)).intoArray(stageTime, A + o);
        }
    }

    /**
     * The 5th-order solution into yNew and the error ratio max_i |err_i| / eps_abs into ratio, starting
     * from the smallest normal double; the running maximum turns NaN as soon as one error is NaN
     * (lanewise MAX propagates NaN), and a NaN ratio counts as infinite (see Rkf45Stepper.errorRatio).
     */
    private void solutionAndError() {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final DoubleVector h0 = DoubleVector.fromArray(SPECIES, stepNow, A + o);
            // max_i RN(|err_i| / eps) = RN(max_i |err_i| / eps): correctly rounded division by a positive
            // constant is monotonic, so one division after the maximum gives the same bits as nine
            DoubleVector errMax = DoubleVector.zero(SPECIES);
            for (int c = 0; c < DIM; c++) {
                DoubleVector yc = DoubleVector.fromArray(SPECIES, y, A + c * n + o);
                DoubleVector a = DoubleVector.fromArray(SPECIES, k1, A + c * n + o);
                DoubleVector d = DoubleVector.fromArray(SPECIES, k3, A + c * n + o);
                DoubleVector e = DoubleVector.fromArray(SPECIES, k4, A + c * n + o);
                DoubleVector f = DoubleVector.fromArray(SPECIES, k5, A + c * n + o);
                DoubleVector g = DoubleVector.fromArray(SPECIES, k6, A + c * n + o);
                g.fma(DoubleVector.broadcast(SPECIES, C6), f.fma(DoubleVector.broadcast(SPECIES, C5), e.fma(DoubleVector.broadcast(SPECIES, C4), d.fma(DoubleVector.broadcast(SPECIES, C3), a.mul(C1))))).fma(h0, yc).intoArray(yNew, A + c * n + o);
                DoubleVector err = h0.mul(g.fma(DoubleVector.broadcast(SPECIES, E6), f.fma(DoubleVector.broadcast(SPECIES, E5), e.fma(DoubleVector.broadcast(SPECIES, E4), d.fma(DoubleVector.broadcast(SPECIES, E3), a.mul(E1))))));
                errMax = errMax.max(err.abs());
            }
            errMax.div(EPS_ABS).max(Double.MIN_NORMAL).intoArray(ratio, A + o);
        }
    }

    /** GSL's standard control per lane (Rkf45Stepper.integrate), then accept or reject per lane. */
    private void control() {
        // r^(1/5) and r^(1/6) as exp(log(r)·q): deterministic, within a few ulp of Math.pow
        {
            // the powers serve only lanes whose step changes (r > 1.1 or r < 0.5); where no active lane
            // has one, decide() reads no power (the blends keep h0), so the log and exp are skipped
            boolean changes = false;
            for (int o = 0; o < LANES; o += VL) {
                if ((liveChunks & 1 << o / VL) == 0) {
                    continue;
                }
                DoubleVector r = DoubleVector.fromArray(SPECIES, ratio, A + o);
                r = r.blend(Double.POSITIVE_INFINITY, r.compare(VectorOperators.NE, r));
                r.intoArray(ratio, A + o);
                changes |= r.compare(VectorOperators.GT, 1.1).or(r.compare(VectorOperators.LT, 0.5))
                        .and(DoubleVector.fromArray(SPECIES, active, A + o).compare(VectorOperators.NE, 0.0)).anyTrue();
            }
            if (!changes) {
                decide();
                return;
            }
        }
        VectorMath.log(ratio, logRatio, A, LANES);
        {
            for (int o = 0; o < LANES; o += VL) {
                if ((liveChunks & 1 << o / VL) == 0) {
                    continue;
                }
                DoubleVector l = DoubleVector.fromArray(SPECIES, logRatio, A + o);
                l.mul(1.0 / ORDER).intoArray(expIn, A + o);
                l.mul(1.0 / (ORDER + 1.0)).intoArray(expIn, A + LANES + o);
            }
        }
        VectorMath.exp(expIn, expOut, A, 2 * LANES);
        decide();
    }

    private void decide() {
        long completed = 0;
        boolean failing = false;
        int accepting = 0;
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final VectorSpecies<Double> sp = SPECIES;
            final DoubleVector zero = DoubleVector.zero(sp);
            final DoubleVector one = DoubleVector.broadcast(sp, 1.0);
            final DoubleVector activeF = DoubleVector.fromArray(sp, active, A + o);
            final DoubleVector h0 = DoubleVector.fromArray(sp, stepNow, A + o);
            final DoubleVector tNew = DoubleVector.fromArray(sp, timeNew, A + o);
            final DoubleVector rMax = DoubleVector.fromArray(sp, ratio, A + o);

            // r_max > 1.1: h0·max(0.2, 0.9 r^(-1/5)), a rejection if that is a real decrease that moves t
            final DoubleVector decreased = DoubleVector.broadcast(sp, SAFETY).div(DoubleVector.fromArray(sp, expOut, A + o)).max(0.2).mul(h0);
            final DoubleVector rejectF = one
                    .blend(zero, rMax.compare(VectorOperators.LE, 1.1))
                    .blend(zero, decreased.abs().compare(VectorOperators.GE, h0.abs()))
                    .blend(zero, tNew.add(decreased).compare(VectorOperators.EQ, tNew))
                    .blend(zero, activeF.compare(VectorOperators.EQ, 0.0));
            // r_max < 0.5: h0·min(5, max(1, 0.9 r^(-1/6))); else unchanged
            final DoubleVector increased = DoubleVector.broadcast(sp, SAFETY).div(DoubleVector.fromArray(sp, expOut, A + n + o))
                    .min(5.0).max(1.0).mul(h0);
            final VectorMask<Double> rejected = rejectF.compare(VectorOperators.NE, 0.0);
            final DoubleVector next = h0.blend(increased, rMax.compare(VectorOperators.LT, 0.5)).blend(decreased, rejected);
            final DoubleVector acceptF = activeF.sub(rejectF);
            final VectorMask<Double> accepted = acceptF.compare(VectorOperators.NE, 0.0);

            DoubleVector.fromArray(sp, step, A + o).blend(next, activeF.compare(VectorOperators.NE, 0.0)).intoArray(step, A + o);
            DoubleVector.fromArray(sp, time, A + o).blend(tNew, accepted).intoArray(time, A + o);
            for (int c = 0; c < DIM; c++) {
                DoubleVector.fromArray(sp, y, A + c * n + o).blend(DoubleVector.fromArray(sp, yNew, A + c * n + o), accepted)
                        .intoArray(y, A + c * n + o);
            }
            acceptF.intoArray(needK1, A + o);
            accepting |= accepted.anyTrue() ? 1 << o / VL : 0;
            final DoubleVector doneF = acceptF.blend(zero, tNew.compare(VectorOperators.LT, DoubleVector.broadcast(sp, resolution)));
            doneF.intoArray(done, A + o);
            final DoubleVector v = DoubleVector.fromArray(sp, y, A + V * n + o);
            final DoubleVector failedF = zero.blend(acceptF, v.compare(VectorOperators.NE, v));
            failedF.intoArray(failed, A + o);
            // the bookkeeping of the attempt: counts per step (active, not done) and per neuron (active)
            final DoubleVector unfinished = activeF.sub(doneF);
            final DoubleVector counted = DoubleVector.fromArray(sp, attempts, A + o).add(unfinished);
            counted.intoArray(attempts, A + o);
            DoubleVector.fromArray(sp, neuronAttempts, A + o).add(activeF).intoArray(neuronAttempts, A + o);
            // the done flags as bits: sum of 2^k over the done lanes k, exact in a double
            completed |= (long) doneF.mul(DoubleVector.fromArray(sp, LANE_BITS, 0)).reduceLanes(VectorOperators.ADD) << o;
            failing |= failedF.compare(VectorOperators.NE, 0.0)
                    .or(counted.compare(VectorOperators.GE, (double) MAX_ATTEMPTS).and(unfinished.compare(VectorOperators.NE, 0.0)))
                    .anyTrue();
        }
        doneLanes = completed;
        trouble = failing;
        needK1Chunks = accepting;
    }

    // ------------------------------------------------------------------ the right-hand side, all lanes
    //
    // Written out in one method each, without helpers that take or return vectors: a vector that
    // crosses a call C2 does not inline is boxed (allocated), which costs more than the arithmetic.

    /**
     * dy/dt of every lane at local times {@code t} and states {@code ys} into {@code f}: HhDynamics.rhs
     * with the same operations in the same order, and the same limits at the removable singularities.
     */
    private void rhs(double[] t, double[] ys, double[] f, int chunks) {
        for (int o = 0; o < LANES; o += VL) {
            if ((chunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final VectorSpecies<Double> s = SPECIES;
            final DoubleVector v = DoubleVector.fromArray(s, ys, A + V * n + o);
            final DoubleVector m = DoubleVector.fromArray(s, ys, A + M * n + o);
            final DoubleVector h = DoubleVector.fromArray(s, ys, A + H * n + o);
            final DoubleVector nn = DoubleVector.fromArray(s, ys, A + N * n + o);
            final DoubleVector p = DoubleVector.fromArray(s, ys, A + P * n + o);
            final DoubleVector dIex = DoubleVector.fromArray(s, ys, A + DI_EX * n + o);
            final DoubleVector iEx = DoubleVector.fromArray(s, ys, A + I_EX * n + o);
            final DoubleVector dIin = DoubleVector.fromArray(s, ys, A + DI_IN * n + o);
            final DoubleVector iIn = DoubleVector.fromArray(s, ys, A + I_IN * n + o);

            // membrane equation (dVdt below, same code)
            final DoubleVector iNa = DoubleVector.fromArray(s, parameters, A + P_GNA * n + o).mul(m).mul(m).mul(m).mul(h)
                    .mul(v.sub(DoubleVector.fromArray(s, parameters, A + P_ENA * n + o)));
            final DoubleVector iK = DoubleVector.fromArray(s, parameters, A + P_GKV3 * n + o).mul(p)
                    .fma(p, DoubleVector.fromArray(s, parameters, A + P_GKV1 * n + o).mul(nn).mul(nn).mul(nn).mul(nn))
                    .mul(v.sub(DoubleVector.fromArray(s, parameters, A + P_EK * n + o)));
            final DoubleVector iL = DoubleVector.fromArray(s, parameters, A + P_GL * n + o)
                    .mul(v.sub(DoubleVector.fromArray(s, parameters, A + P_EL * n + o)));
            // −S·V + c0 + c1 τ + c2 τ² + c3 τ³ in Horner form with fused multiply-adds (HhDynamics.laneGapCurrent)
            DoubleVector partners = DoubleVector.fromArray(s, parameters, A + P_C0 * n + o);
            if (order >= 1) {
                final DoubleVector tau = DoubleVector.fromArray(s, t, A + o).mul(inverseResolution);
                DoubleVector slope = DoubleVector.fromArray(s, parameters, A + P_C1 * n + o);
                if (order == 3) {
                    slope = DoubleVector.fromArray(s, parameters, A + P_C3 * n + o).fma(tau, DoubleVector.fromArray(s, parameters, A + P_C2 * n + o))
                            .fma(tau, slope);
                }
                partners = slope.fma(tau, partners);
            }
            final DoubleVector iGap = DoubleVector.fromArray(s, parameters, A + P_GAP_S * n + o).neg().fma(v, partners);
            iNa.add(iK).add(iL).neg()
                    .add(DoubleVector.fromArray(s, parameters, A + P_ISTIM * n + o))
                    .add(DoubleVector.fromArray(s, parameters, A + P_IE * n + o))
                    .add(iEx)
                    .add(iIn)
                    .add(iGap)
                    .mul(DoubleVector.fromArray(s, parameters, A + P_INV_CM * n + o))
                    .intoArray(f, A + V * n + o);

            // alpha-shaped synaptic currents
            final DoubleVector invTauEx = DoubleVector.fromArray(s, parameters, A + P_INV_TAU_EX * n + o);
            final DoubleVector invTauIn = DoubleVector.fromArray(s, parameters, A + P_INV_TAU_IN * n + o);
            dIex.mul(invTauEx).neg().intoArray(f, A + DI_EX * n + o);
            dIex.sub(iEx.mul(invTauEx)).intoArray(f, A + I_EX * n + o);
            dIin.mul(invTauIn).neg().intoArray(f, A + DI_IN * n + o);
            dIin.sub(iIn.mul(invTauIn)).intoArray(f, A + I_IN * n + o);
        }
        gatesMH(ys, f, chunks);
        gatesNP(ys, f, chunks);
    }

    /**
     * The gating equations of m and h ({@link #gatesMH}) and of n and p ({@link #gatesNP}): α (1 − x) − β x,
     * as α − (α + β) x with one fused multiply-add; a·x / (1 − exp(−x/k)) takes its limit a·k where the
     * denominator is exactly 0 (HhDynamics). The exponentials' arguments are multiplications by the
     * constants' negated reciprocals (HhDynamics.laneRates). One test of V tells whether all of them are
     * in exp's normal range; then they stay in registers, else they go through {@link VectorMath#exp}'s
     * full path in memory: the same bits either way. Two methods of four exponentials each, because
     * one with all eight grows too large for JDK 17's C2, which then boxes its vectors.
     */
    private void gatesMH(double[] ys, double[] f, int chunks) {
        for (int o = 0; o < LANES; o += VL) {
            if ((chunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final VectorSpecies<Double> s = SPECIES;
            final DoubleVector one = DoubleVector.broadcast(s, 1.0);
            final DoubleVector v = DoubleVector.fromArray(s, ys, A + V * n + o);
            final DoubleVector m = DoubleVector.fromArray(s, ys, A + M * n + o);
            final DoubleVector h = DoubleVector.fromArray(s, ys, A + H * n + o);
            final DoubleVector xM = v.sub(75.5);
            final DoubleVector xH = DoubleVector.broadcast(s, 51.25).add(v);
            final DoubleVector aM = xM.mul(HhDynamics.NEG_INV_13_5);
            final DoubleVector aBm = v.mul(HhDynamics.NEG_INV_42_248);
            final DoubleVector aAh = v.mul(HhDynamics.NEG_INV_24_186);
            final DoubleVector aH = xH.mul(HhDynamics.NEG_INV_5_2);
            final DoubleVector eM;
            final DoubleVector eBm;
            final DoubleVector eAh;
            final DoubleVector eH;
            if (v.abs().compare(VectorOperators.LT, HhDynamics.V_EXP_NORMAL).allTrue()) {
                // VectorMath.exp's normal-range path written out, operation for operation: a method of its
                // own is too large for C2 to inline here, and the vectors it took would be boxed
                final DoubleVector magic = DoubleVector.broadcast(s, VectorMathConstants.MAGIC);
                final DoubleVector negLn2Hi = DoubleVector.broadcast(s, -VectorMathConstants.LN2_HI);
                final double[] c = VectorMathConstants.POLYNOMIAL;
                final DoubleVector c0 = DoubleVector.broadcast(s, c[0]);
                final DoubleVector c1 = DoubleVector.broadcast(s, c[1]);
                final DoubleVector c2 = DoubleVector.broadcast(s, c[2]);
                final DoubleVector c3 = DoubleVector.broadcast(s, c[3]);
                final DoubleVector c4 = DoubleVector.broadcast(s, c[4]);
                final DoubleVector c5 = DoubleVector.broadcast(s, c[5]);
                final DoubleVector c6 = DoubleVector.broadcast(s, c[6]);
                final DoubleVector c7 = DoubleVector.broadcast(s, c[7]);
                final DoubleVector c8 = DoubleVector.broadcast(s, c[8]);
                final DoubleVector c9 = DoubleVector.broadcast(s, c[9]);
                final DoubleVector c10 = DoubleVector.broadcast(s, c[10]);
                final DoubleVector c11 = DoubleVector.broadcast(s, c[11]);
                final DoubleVector kM = aM.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nM = kM.sub(magic);
                final DoubleVector rM = nM.fma(negLn2Hi, aM).sub(nM.mul(VectorMathConstants.LN2_LO));
                eM = c11.fma(rM, c10).fma(rM, c9).fma(rM, c8).fma(rM, c7).fma(rM, c6).fma(rM, c5)
                        .fma(rM, c4).fma(rM, c3).fma(rM, c2).fma(rM, c1).fma(rM, c0).reinterpretAsLongs()
                        .add(kM.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
                final DoubleVector kBm = aBm.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nBm = kBm.sub(magic);
                final DoubleVector rBm = nBm.fma(negLn2Hi, aBm).sub(nBm.mul(VectorMathConstants.LN2_LO));
                eBm = c11.fma(rBm, c10).fma(rBm, c9).fma(rBm, c8).fma(rBm, c7).fma(rBm, c6).fma(rBm, c5)
                        .fma(rBm, c4).fma(rBm, c3).fma(rBm, c2).fma(rBm, c1).fma(rBm, c0).reinterpretAsLongs()
                        .add(kBm.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
                final DoubleVector kAh = aAh.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nAh = kAh.sub(magic);
                final DoubleVector rAh = nAh.fma(negLn2Hi, aAh).sub(nAh.mul(VectorMathConstants.LN2_LO));
                eAh = c11.fma(rAh, c10).fma(rAh, c9).fma(rAh, c8).fma(rAh, c7).fma(rAh, c6).fma(rAh, c5)
                        .fma(rAh, c4).fma(rAh, c3).fma(rAh, c2).fma(rAh, c1).fma(rAh, c0).reinterpretAsLongs()
                        .add(kAh.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
                final DoubleVector kH = aH.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nH = kH.sub(magic);
                final DoubleVector rH = nH.fma(negLn2Hi, aH).sub(nH.mul(VectorMathConstants.LN2_LO));
                eH = c11.fma(rH, c10).fma(rH, c9).fma(rH, c8).fma(rH, c7).fma(rH, c6).fma(rH, c5)
                        .fma(rH, c4).fma(rH, c3).fma(rH, c2).fma(rH, c1).fma(rH, c0).reinterpretAsLongs()
                        .add(kH.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
            } else {
                final int at = 4 * o;
                aM.intoArray(expIn, A + at + 0 * VL);
                aBm.intoArray(expIn, A + at + 1 * VL);
                aAh.intoArray(expIn, A + at + 2 * VL);
                aH.intoArray(expIn, A + at + 3 * VL);
                VectorMath.exp(expIn, expOut, A + at, 4 * VL, false);
                eM = DoubleVector.fromArray(s, expOut, A + at + 0 * VL);
                eBm = DoubleVector.fromArray(s, expOut, A + at + 1 * VL);
                eAh = DoubleVector.fromArray(s, expOut, A + at + 2 * VL);
                eH = DoubleVector.fromArray(s, expOut, A + at + 3 * VL);
            }

            final DoubleVector denM = one.sub(eM);
            final DoubleVector alphaM = xM.mul(40.0).div(denM)
                    .blend(HhDynamics.ALPHA_M_LIMIT, denM.compare(VectorOperators.EQ, 0.0));
            final DoubleVector betaM = eBm.mul(1.2262);
            alphaM.add(betaM).neg().fma(m, alphaM).intoArray(f, A + M * n + o);

            final DoubleVector alphaH = eAh.mul(0.0035);
            final DoubleVector denH = one.sub(eH);
            final DoubleVector betaH = xH.mul(0.017).div(denH)
                    .blend(HhDynamics.BETA_H_LIMIT, denH.compare(VectorOperators.EQ, 0.0));
            alphaH.add(betaH).neg().fma(h, alphaH).intoArray(f, A + H * n + o);
        }
    }

    private void gatesNP(double[] ys, double[] f, int chunks) {
        for (int o = 0; o < LANES; o += VL) {
            if ((chunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final VectorSpecies<Double> s = SPECIES;
            final DoubleVector one = DoubleVector.broadcast(s, 1.0);
            final DoubleVector v = DoubleVector.fromArray(s, ys, A + V * n + o);
            final DoubleVector nn = DoubleVector.fromArray(s, ys, A + N * n + o);
            final DoubleVector p = DoubleVector.fromArray(s, ys, A + P * n + o);
            final DoubleVector xN = v.add(44.0);
            final DoubleVector xP = v.sub(95.0);
            final DoubleVector aN = xN.mul(HhDynamics.NEG_INV_2_3);
            final DoubleVector aBn = xN.mul(HhDynamics.NEG_INV_34);
            final DoubleVector aP = xP.mul(HhDynamics.NEG_INV_11_8);
            final DoubleVector aBp = v.mul(HhDynamics.NEG_INV_22_222);
            final DoubleVector eN;
            final DoubleVector eBn;
            final DoubleVector eP;
            final DoubleVector eBp;
            if (v.abs().compare(VectorOperators.LT, HhDynamics.V_EXP_NORMAL).allTrue()) {
                // VectorMath.exp's normal-range path written out, operation for operation: a method of its
                // own is too large for C2 to inline here, and the vectors it took would be boxed
                final DoubleVector magic = DoubleVector.broadcast(s, VectorMathConstants.MAGIC);
                final DoubleVector negLn2Hi = DoubleVector.broadcast(s, -VectorMathConstants.LN2_HI);
                final double[] c = VectorMathConstants.POLYNOMIAL;
                final DoubleVector c0 = DoubleVector.broadcast(s, c[0]);
                final DoubleVector c1 = DoubleVector.broadcast(s, c[1]);
                final DoubleVector c2 = DoubleVector.broadcast(s, c[2]);
                final DoubleVector c3 = DoubleVector.broadcast(s, c[3]);
                final DoubleVector c4 = DoubleVector.broadcast(s, c[4]);
                final DoubleVector c5 = DoubleVector.broadcast(s, c[5]);
                final DoubleVector c6 = DoubleVector.broadcast(s, c[6]);
                final DoubleVector c7 = DoubleVector.broadcast(s, c[7]);
                final DoubleVector c8 = DoubleVector.broadcast(s, c[8]);
                final DoubleVector c9 = DoubleVector.broadcast(s, c[9]);
                final DoubleVector c10 = DoubleVector.broadcast(s, c[10]);
                final DoubleVector c11 = DoubleVector.broadcast(s, c[11]);
                final DoubleVector kN = aN.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nN = kN.sub(magic);
                final DoubleVector rN = nN.fma(negLn2Hi, aN).sub(nN.mul(VectorMathConstants.LN2_LO));
                eN = c11.fma(rN, c10).fma(rN, c9).fma(rN, c8).fma(rN, c7).fma(rN, c6).fma(rN, c5)
                        .fma(rN, c4).fma(rN, c3).fma(rN, c2).fma(rN, c1).fma(rN, c0).reinterpretAsLongs()
                        .add(kN.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
                final DoubleVector kBn = aBn.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nBn = kBn.sub(magic);
                final DoubleVector rBn = nBn.fma(negLn2Hi, aBn).sub(nBn.mul(VectorMathConstants.LN2_LO));
                eBn = c11.fma(rBn, c10).fma(rBn, c9).fma(rBn, c8).fma(rBn, c7).fma(rBn, c6).fma(rBn, c5)
                        .fma(rBn, c4).fma(rBn, c3).fma(rBn, c2).fma(rBn, c1).fma(rBn, c0).reinterpretAsLongs()
                        .add(kBn.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
                final DoubleVector kP = aP.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nP = kP.sub(magic);
                final DoubleVector rP = nP.fma(negLn2Hi, aP).sub(nP.mul(VectorMathConstants.LN2_LO));
                eP = c11.fma(rP, c10).fma(rP, c9).fma(rP, c8).fma(rP, c7).fma(rP, c6).fma(rP, c5)
                        .fma(rP, c4).fma(rP, c3).fma(rP, c2).fma(rP, c1).fma(rP, c0).reinterpretAsLongs()
                        .add(kP.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
                final DoubleVector kBp = aBp.mul(VectorMathConstants.INV_LN2).add(magic);
                final DoubleVector nBp = kBp.sub(magic);
                final DoubleVector rBp = nBp.fma(negLn2Hi, aBp).sub(nBp.mul(VectorMathConstants.LN2_LO));
                eBp = c11.fma(rBp, c10).fma(rBp, c9).fma(rBp, c8).fma(rBp, c7).fma(rBp, c6).fma(rBp, c5)
                        .fma(rBp, c4).fma(rBp, c3).fma(rBp, c2).fma(rBp, c1).fma(rBp, c0).reinterpretAsLongs()
                        .add(kBp.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
            } else {
                final int at = 4 * o;
                aN.intoArray(expIn, A + at + 0 * VL);
                aBn.intoArray(expIn, A + at + 1 * VL);
                aP.intoArray(expIn, A + at + 2 * VL);
                aBp.intoArray(expIn, A + at + 3 * VL);
                VectorMath.exp(expIn, expOut, A + at, 4 * VL, false);
                eN = DoubleVector.fromArray(s, expOut, A + at + 0 * VL);
                eBn = DoubleVector.fromArray(s, expOut, A + at + 1 * VL);
                eP = DoubleVector.fromArray(s, expOut, A + at + 2 * VL);
                eBp = DoubleVector.fromArray(s, expOut, A + at + 3 * VL);
            }

            final DoubleVector denN = one.sub(eN);
            final DoubleVector alphaN = xN.mul(0.014).div(denN)
                    .blend(HhDynamics.ALPHA_N_LIMIT, denN.compare(VectorOperators.EQ, 0.0));
            final DoubleVector betaN = eBn.mul(0.0043);
            alphaN.add(betaN).neg().fma(nn, alphaN).intoArray(f, A + N * n + o);

            final DoubleVector denP = one.sub(eP);
            final DoubleVector alphaP = xP.div(denP)
                    .blend(HhDynamics.ALPHA_P_LIMIT, denP.compare(VectorOperators.EQ, 0.0));
            final DoubleVector betaP = eBp.mul(0.025);
            alphaP.add(betaP).neg().fma(p, alphaP).intoArray(f, A + P * n + o);
        }
    }

    /**
     * {@code h · dV/dt} of every lane at local time {@code t} (the same for all lanes) into {@code out}:
     * the membrane equation of {@link #rhs}, for the cubic Hermite coefficients of a trial pass.
     */
    private void hdVdt(double t, double[] out) {
        for (int o = 0; o < LANES; o += VL) {
            if ((liveChunks & 1 << o / VL) == 0) {
                continue;
            }
            final int n = LANES;
            final VectorSpecies<Double> s = SPECIES;
            final double[] ys = y;
            final DoubleVector v = DoubleVector.fromArray(s, ys, A + V * n + o);
            final DoubleVector m = DoubleVector.fromArray(s, ys, A + M * n + o);
            final DoubleVector h = DoubleVector.fromArray(s, ys, A + H * n + o);
            final DoubleVector nn = DoubleVector.fromArray(s, ys, A + N * n + o);
            final DoubleVector p = DoubleVector.fromArray(s, ys, A + P * n + o);
            final DoubleVector iNa = DoubleVector.fromArray(s, parameters, A + P_GNA * n + o).mul(m).mul(m).mul(m).mul(h)
                    .mul(v.sub(DoubleVector.fromArray(s, parameters, A + P_ENA * n + o)));
            final DoubleVector iK = DoubleVector.fromArray(s, parameters, A + P_GKV3 * n + o).mul(p)
                    .fma(p, DoubleVector.fromArray(s, parameters, A + P_GKV1 * n + o).mul(nn).mul(nn).mul(nn).mul(nn))
                    .mul(v.sub(DoubleVector.fromArray(s, parameters, A + P_EK * n + o)));
            final DoubleVector iL = DoubleVector.fromArray(s, parameters, A + P_GL * n + o)
                    .mul(v.sub(DoubleVector.fromArray(s, parameters, A + P_EL * n + o)));
            DoubleVector partners = DoubleVector.fromArray(s, parameters, A + P_C0 * n + o);
            if (order >= 1) {
                final DoubleVector tau = DoubleVector.broadcast(s, t * inverseResolution);
                DoubleVector slope = DoubleVector.fromArray(s, parameters, A + P_C1 * n + o);
                if (order == 3) {
                    slope = DoubleVector.fromArray(s, parameters, A + P_C3 * n + o).fma(tau, DoubleVector.fromArray(s, parameters, A + P_C2 * n + o))
                            .fma(tau, slope);
                }
                partners = slope.fma(tau, partners);
            }
            final DoubleVector iGap = DoubleVector.fromArray(s, parameters, A + P_GAP_S * n + o).neg().fma(v, partners);
            DoubleVector.broadcast(s, resolution).mul(iNa.add(iK).add(iL).neg()
                    .add(DoubleVector.fromArray(s, parameters, A + P_ISTIM * n + o))
                    .add(DoubleVector.fromArray(s, parameters, A + P_IE * n + o))
                    .add(DoubleVector.fromArray(s, ys, A + I_EX * n + o))
                    .add(DoubleVector.fromArray(s, ys, A + I_IN * n + o))
                    .add(iGap)
                    .mul(DoubleVector.fromArray(s, parameters, A + P_INV_CM * n + o)))
                    .intoArray(out, A + o);
        }
    }
}
