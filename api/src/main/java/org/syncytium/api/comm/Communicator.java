package org.syncytium.api.comm;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/**
 * The processes (ranks) of one run and the collective operations the kernel needs between them.
 * Every method except {@link #rank()}, {@link #size()} and {@link #name()} is collective: all ranks
 * call it in the same order with compatible arguments, and it returns when every rank's data has
 * arrived. The kernel calls them from one thread per process (never from worker threads).
 *
 * <p>What moves per slice: the spike keys of the slice ({@link #allGather}, 8 bytes per spike);
 * per waveform-relaxation iteration: the waveforms of the local gap-coupled neurons with the
 * convergence flag riding on the same message ({@link #exchange}), as NEST does; after every final
 * pass: one voltage per gap-coupled neuron (again {@link #exchange}).
 *
 * <p>The kernel picks, at simulator creation, the installed communicator with the largest
 * {@link #size()}; the built-in {@code local} one (size 1) is the default.
 */
@ConsumerType
public interface Communicator extends Extension {

    /** This process's rank, 0 ≤ rank &lt; {@link #size()}. */
    int rank();

    /** Number of processes in the run (1 for a single process). */
    int size();

    /**
     * All-gather of variable-length arrays of longs (the slice's spike keys).
     *
     * @param send   this rank's values in {@code send[0, count)}
     * @param count  number of values this rank sends
     * @param counts filled with the number of values from each rank (length ≥ {@link #size()})
     * @return every rank's values concatenated in rank order; the array may be owned by the
     *         communicator (or be {@code send} itself) and is valid until the next call
     */
    long[] allGather(long[] send, int count, int[] counts);

    /**
     * All-gather of fixed-length arrays of doubles (gap-junction waveforms) with a flag that rides
     * on the same message (NEST sends the WFR convergence flag with the waveforms).
     *
     * @param send    this rank's values in {@code send[0, counts[rank()])}
     * @param receive filled with every rank's values in rank order ({@code sum(counts)} doubles);
     *                may be {@code send} itself when {@link #size()} is 1
     * @param counts  number of values each rank sends, known to every rank in advance
     * @param flag    this rank's flag
     * @return the logical AND of every rank's flag
     */
    boolean exchange(double[] send, double[] receive, int[] counts, boolean flag);

    /** Logical AND over all ranks. */
    boolean allAnd(boolean value);

    /** Sum over all ranks. */
    long allSum(long value);

    /** Maximum over all ranks. */
    double allMax(double value);

    /** Returns when every rank has called it. */
    void barrier();
}
