package org.syncytium.core.gap;

import java.util.Arrays;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.WaveformSlots;

/**
 * The gap-junction pull over incoming connections: for target neuron i,
 * S_i = Σ_k g_k and C_i[l][q] = Σ_k g_k · out_partner(k)[l][q], summed in connection creation
 * order, so the result is bit-identical whatever the thread or process layout. The sum over full
 * waveforms holds a block of coefficients in registers while the partners go by, vectorised where
 * the Vector API is available ({@link GapSum}); every path adds the same rounded products in the
 * same order, so the bits never depend on which one ran. Each worker
 * computes its own neurons; it reads partners' waveforms, which no one writes during the pull:
 * where they were published (one process; the next pass writes the other array of
 * {@link PopulationBuffers}) or where the waveform exchange received them (several processes,
 * {@link WaveformSlots}).
 */
public final class GapExchange {
    private final GapTable gaps;
    private final PopulationBuffers[] buffers;
    private final int[] populationOf;
    private final int[] localOf;
    private final WaveformSlots slots;
    /**
     * The vectorised sum where the Vector API is available, else the scalar one; one per published
     * waveform array (0 or 1, {@link PopulationBuffers#publishedIndex()}), as each reads fixed arrays.
     */
    private final GapSum[] sum = new GapSum[2];
    /** The scalar twins, used while the vector sum is not yet compiled. */
    private final GapSum[] scalar = new GapSum[2];
    /** The first population's buffers, whose published index is every population's; null if none. */
    private final PopulationBuffers parity;
    /**
     * One process: each neuron's V at the slice end, gathered by its owning worker before the
     * constant pull ({@link #gatherConstants}), so the pull reads one compact array instead of one
     * cache line of a partner's published waveform per partner, lines the other worker has just
     * written. Null for several processes (their constants arrive compact in the received slots).
     * Two arrays: the pull reads {@code constants[constantsFront]} while the gather writes the
     * other, since the next slice's constant pull and this gather may share a pool round (a slice
     * without trial passes delivers and pulls inside its final pass).
     */
    private final double[][] constants;
    private int constantsFront;
    /**
     * Each worker's own copy of {@code constants[constantsFront]}, made at its first constant pull
     * after a publication. The pull reads a partner's V for each of its connections in random order,
     * and half of them the other worker has just gathered: one sequential copy brings those lines
     * over once, where the random reads missed them one by one (1-4 % of the seed network's run
     * without WFR, faster in 13 of 15 alternating runs twice: docs/performance.md). Allocated by the worker.
     */
    private final double[][] workerConstants;
    /** Per worker (index w · {@link #PAD}, so no two workers write one cache line): the publication it copied. */
    private final int[] copiedPublication;
    private static final int PAD = 16;
    /** Publications of constants so far ({@link #publishConstants}). */
    private int publication;
    /**
     * The table the constant pull sums over: the gap table, or until the first publication of a
     * run that starts at time 0 one without connections ({@link #pullNothingUntilPublished}).
     */
    private GapTable constantTable;

    /**
     * @param populationOf population index of each neuron index
     * @param localOf      index within its population of each neuron index
     * @param slots        where partners' waveforms arrive from other processes; null for one process
     */
    public GapExchange(GapTable gaps, PopulationBuffers[] buffers, int[] populationOf, int[] localOf,
            WaveformSlots slots) {
        this(gaps, buffers, populationOf, localOf, slots, 1);
    }

    /**
     * As {@link #GapExchange(GapTable, PopulationBuffers[], int[], int[], WaveformSlots)} for
     * {@code workers} workers, numbered from 0, that call {@link #exchangeConstant(int, int, int, int, int)}.
     */
    public GapExchange(GapTable gaps, PopulationBuffers[] buffers, int[] populationOf, int[] localOf,
            WaveformSlots slots, int workers) {
        this.gaps = gaps;
        this.constantTable = gaps;
        this.buffers = buffers;
        this.populationOf = populationOf;
        this.localOf = localOf;
        this.slots = slots;
        // every population's published waveforms in its first array, so that all, flipped together
        // from here (publishAll), agree on which array is published
        for (PopulationBuffers b : buffers) {
            b.resetPublished();
        }
        this.parity = buffers.length > 0 ? buffers[0] : null;
        int[] rowOf = localOf;
        if (slots != null) {
            rowOf = new int[populationOf.length];
            for (int n = 0; n < rowOf.length; n++) {
                rowOf[n] = slots.slotOf(n);
            }
        }
        for (int k = 0; k < 2; k++) {
            // where each partner's full waveform is read: its population's waveform array k at its
            // index there (one process), or the received slots (several processes)
            double[][] sources = new double[buffers.length][];
            for (int p = 0; p < buffers.length; p++) {
                sources[p] = slots == null ? buffers[p].gapOutArray(k) : slots.received();
            }
            sum[k] = GapSums.create(gaps, sources, populationOf, rowOf, singleSource(sources, populationOf));
            scalar[k] = GapSums.vectorised() ? GapSums.scalar(gaps, sources, populationOf, rowOf) : sum[k];
        }
        this.constants = slots == null ? new double[][] {new double[populationOf.length], new double[populationOf.length]}
                : null;
        this.workerConstants = new double[workers][];
        this.copiedPublication = new int[workers * PAD];
        java.util.Arrays.fill(copiedPublication, -1);
    }

    /** The array all neurons' waveforms are read from, if there is one (several processes, or one gap population). */
    private static double[] singleSource(double[][] sources, int[] populationOf) {
        double[] single = null;
        boolean[] seen = new boolean[sources.length];
        for (int p : populationOf) {
            if (!seen[p] && sources[p].length > 0) {
                seen[p] = true;
                if (single != null && single != sources[p]) {
                    return null;
                }
                single = sources[p];
            }
        }
        return single;
    }

    /** Computes S and C for neurons {@code [from, to)} of population {@code p} (first neuron index {@code offset}). */
    public void exchange(int p, int offset, int from, int to) {
        PopulationBuffers target = buffers[p];
        int stride = target.stride();
        double[] s = target.gapConductance();
        double[] c = target.gapIn();
        // the arrays partners published last (several processes: the received slots either way)
        int k = parity == null ? 0 : parity.publishedIndex();
        // the same bits either way; the vector sum only once it runs compiled (no boxing, no allocation)
        GapSum sum = this.sum[k] == scalar[k] || GapWarmup.hot() ? this.sum[k] : scalar[k];
        for (int i = from; i < to; i++) {
            int n = offset + i;
            s[i] = gaps.conductanceSum(n);
            sum.row(c, i * stride, stride, gaps.rowStart(n), gaps.rowStart(n + 1));
        }
    }

    /**
     * Publishes the waveforms every population's pass just wrote ({@link PopulationBuffers#publishNext()}
     * on all, so they stay in step). Call only between passes, after every worker finished.
     */
    public void publishAll() {
        for (PopulationBuffers b : buffers) {
            b.publishNext();
        }
    }

    /** True if the pull over full waveforms runs on the Vector API (else its scalar twin, same bits). */
    public static boolean vectorised() {
        return GapSums.vectorised();
    }

    /** True if {@link #gatherConstants} must run (on every worker) before {@link #exchangeConstant}. */
    public boolean gathersConstants() {
        return constants != null;
    }

    /**
     * One process, at the end of a final pass, by the worker that just updated neurons
     * {@code [from, to)} of population {@code p}: copies their V at the slice end (coefficient 0 of
     * step 0 of the waveform the pass wrote, not yet published) into the compact array the constant
     * pull reads once {@link #publishConstants()} has run.
     */
    public void gatherConstants(int p, int offset, int from, int to) {
        double[] out = buffers[p].gapOutNext();
        double[] next = constants[1 - constantsFront];
        int stride = buffers[p].stride();
        for (int i = from; i < to; i++) {
            next[offset + i] = out[i * stride];
        }
    }

    /**
     * After a final pass that gathered (every worker finished it): the gathered V become what the
     * constant pull reads. Call only between passes.
     */
    public void publishConstants() {
        constantsFront = 1 - constantsFront;
        publication++;
        constantTable = gaps;
    }

    /**
     * A run that starts at time 0 has no partner voltages yet: until the next constant publication
     * ({@link #publishConstants()} or {@link #constantsPublished()}) the constant pull sums over no
     * connections, i.e. sets S = 0 and C = 0, the input of a first step as in NEST. The first
     * slice's pull then runs the same code as every later one, so a second simulator of a process
     * does not meet a branch its compiled code has never taken (it used to deoptimise at its first
     * step: docs/performance.md).
     */
    public void pullNothingUntilPublished() {
        constantTable = GapTable.emptyLike(gaps, populationOf.length);
    }

    /** A constant publication happened (any number of processes): the constant pull sums over the gap table again. */
    public void constantsPublished() {
        constantTable = gaps;
    }

    /** {@link #exchangeConstant(int, int, int, int, int)} by worker 0 (one worker). */
    public void exchangeConstant(int p, int offset, int from, int to) {
        exchangeConstant(0, p, offset, from, to);
    }

    /**
     * The pull after a final pass, when every partner publishes the constant extrapolation (V at
     * the end of the slice in coefficient 0 of every step, zeros elsewhere): one sum per target
     * instead of D·(K+1). Gives bit for bit what {@link #exchange} gives for such waveforms, since
     * it adds the same products in the same order.
     *
     * <p>Without WFR this runs every step over every connection (the seed network: 30,000 per
     * 0.05 ms step), so its shape was measured (GapExchangeBenchmark.constant). A target's sum is
     * one dependent chain of adds, but consecutive targets' chains are independent and the
     * processor overlaps them: the loop takes about 0.35 ns per connection on this AMD EPYC (a
     * lone dependent add takes 0.52 ns), bound by its three loads (partner, g, partner's V) rather
     * than by the add latency. Keeping the choice between the gathered and the received V out of
     * the partner loop saved about 6 %; interleaving 2, 4 or 8 targets' chains over their rows
     * saved nothing; a copy of the table interleaved by blocks of 8 targets, summed with the
     * Vector API's gathers or as 8 scalar chains, saved 10-15 % of this loop for 12-14 more bytes
     * per gap connection and was left out (an 8-lane gather here costs as much as 8 scalar loads).
     * One process: worker {@code w} reads its own copy of the gathered V ({@link #workerConstants}).
     */
    public void exchangeConstant(int w, int p, int offset, int from, int to) {
        PopulationBuffers target = buffers[p];
        int stride = target.stride();
        int k1 = target.order() + 1;
        double[] s = target.gapConductance();
        double[] c = target.gapIn();
        double[] received = slots == null ? null : slots.receivedConstant();
        double[] constants = this.constants == null ? null : workerCopy(w);
        GapTable gaps = constantTable;
        for (int i = from; i < to; i++) {
            int n = offset + i;
            s[i] = gaps.conductanceSum(n);
            int first = gaps.rowStart(n);
            int end = gaps.rowStart(n + 1);
            double sum = received == null ? constantSum(gaps, constants, first, end) : receivedSum(gaps, received, first, end);
            // V in coefficient 0 of every step, zeros elsewhere; each coefficient written once
            int base = i * stride;
            for (int m = 0; m < stride; m += k1) {
                c[base + m] = sum;
                for (int q = 1; q < k1; q++) {
                    c[base + m + q] = 0.0;
                }
            }
        }
    }

    /** Worker {@code w}'s copy of the published constants, copied if it is older than the last publication. */
    private double[] workerCopy(int w) {
        double[] mine = workerConstants[w];
        double[] front = constants[constantsFront];
        if (mine == null) {
            mine = new double[front.length];
            workerConstants[w] = mine;
        }
        if (copiedPublication[w * PAD] != publication) {
            System.arraycopy(front, 0, mine, 0, front.length);
            copiedPublication[w * PAD] = publication;
        }
        return mine;
    }

    /** Σ g_k · v[partner_k] over connections {@code [first, end)} in row order (one process: v by neuron index). */
    private static double constantSum(GapTable gaps, double[] v, int first, int end) {
        double sum = 0.0;
        double g = gaps.uniformConductance();
        if (g == g) {
            // one conductance for all: the same products, one load per connection fewer (the loop is load-bound)
            for (int k = first; k < end; k++) {
                sum += g * v[gaps.partner(k)];
            }
            return sum;
        }
        for (int k = first; k < end; k++) {
            sum += gaps.conductance(k) * v[gaps.partner(k)];
        }
        return sum;
    }

    /** As {@link #constantSum}, the partners' V read from the received slots (several processes). */
    private double receivedSum(GapTable gaps, double[] received, int first, int end) {
        WaveformSlots slots = this.slots;
        double sum = 0.0;
        double g = gaps.uniformConductance();
        if (g == g) {
            for (int k = first; k < end; k++) {
                sum += g * received[slots.slotOf(gaps.partner(k))];
            }
            return sum;
        }
        for (int k = first; k < end; k++) {
            sum += gaps.conductance(k) * received[slots.slotOf(gaps.partner(k))];
        }
        return sum;
    }
}
