package org.syncytium.core.phase;

import java.util.concurrent.atomic.AtomicBoolean;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.UpdateSplit;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * The real update of every neuron this process owns over the slice's steps: spikes detected into
 * the workers' spike buffers, input consumed, samples taken, the constant waveform written. The
 * ranges come from the {@link UpdateSplit}, shared with the trial passes. If the slice's input
 * delivery is still owed (no trial pass came first), each worker first delivers the input of the
 * neurons it then updates, with their constant gap pull ({@link InputDelivery}); if the exchange
 * of the last trial pass is still owed, it pulls their gap input; at a slice end each worker then
 * gathers its neurons' V for the constant pull ({@link GapPull}). All ride on the pass's pool round.
 *
 * <p>The pass may also carry work of the driver's own (the devices' emission, the last slice's
 * samples: see {@code SliceRun}), which needs no particular thread: the worker that finishes its
 * neurons first runs it, so it fills that worker's wait for the others instead of lengthening
 * worker 0's part. It comes every step or every other step (samples), which a split of the
 * neurons would follow a step late; taken by the first to finish, it is charged to no range.
 */
public final class FinalUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final UpdateSplit split;
    private final GapPull pull;
    private final InputDelivery delivery;
    private final WorkerTask task = this::update;
    /** Per worker: wall time of this pass's pull and gather, ns. */
    private final long[] pulled;
    private boolean deliverFirst;
    private boolean constantPull;
    /** What the first worker done with its neurons runs in this pass; null for nothing. */
    private Runnable driverWork;
    /** Set by the worker that takes this pass's driver work. */
    private final AtomicBoolean driverWorkTaken = new AtomicBoolean();
    /** Wall time of the last pass's driver work, ns. */
    private long driverTime;
    private boolean pullFirst;
    private boolean gather;

    public FinalUpdate(RunPlan plan, WorkerPool pool, UpdateSplit split, GapPull pull, InputDelivery delivery) {
        this.plan = plan;
        this.pool = pool;
        this.split = split;
        this.pull = pull;
        this.delivery = delivery;
        this.pulled = new long[plan.workers()];
    }

    /**
     * Runs the pass; returns the wall time the workers waited for the slowest one, summed, in ns.
     *
     * @param pullFirst true if each worker pulls its neurons' gap input from the published waveforms first
     * @param gather    true at a slice end of a gap-coupled run: each worker gathers its neurons' V
     */
    public long run(boolean pullFirst, boolean gather) {
        return run(false, false, pullFirst, gather, null);
    }

    /**
     * Runs the pass as {@link #run(boolean, boolean)}; with {@code deliverFirst} each worker first
     * delivers the slice's input of the neurons it then updates, and with {@code constantPull} also
     * sums their gap input from the constant waveforms of the last final pass (times:
     * {@link InputDelivery#deliverTime()}, {@link InputDelivery#pullTime()}); the first worker done
     * with its neurons then runs {@code driverWork} unless it is null ({@link #driverTime()}).
     */
    public long run(boolean deliverFirst, boolean constantPull, boolean pullFirst, boolean gather,
            Runnable driverWork) {
        this.deliverFirst = deliverFirst;
        this.constantPull = constantPull;
        this.driverWork = driverWork;
        this.driverTime = 0;
        driverWorkTaken.set(false);
        if (deliverFirst) {
            delivery.prepare(constantPull);
        }
        this.pullFirst = pullFirst;
        this.gather = gather;
        pool.run(task);
        return split.endPass();
    }

    /** Wall time of the last pass's driver work, ns; 0 if there was none. */
    public long driverTime() {
        return driverTime;
    }

    /** The longest wall time a worker spent pulling and gathering in the last pass, ns. */
    public long pullTime() {
        long longest = 0;
        for (long t : pulled) {
            longest = Math.max(longest, t);
        }
        return longest;
    }

    private void update(int w) {
        Population[] populations = plan.neurons().populations();
        long pulling = 0;
        for (int p = 0; p < populations.length; p++) {
            int from = split.from(p, w);
            int to = split.to(p, w);
            if (from < to) {
                long cpu = split.clock();
                int block = deliverFirst && !constantPull && !pullFirst && !gather
                        ? deliveryBlock(plan.buffers()[p], to - from) : to - from;
                if (deliverFirst) {
                    delivery.range(w, p, from, Math.min(to, from + block));
                }
                if (pullFirst) {
                    long pullStart = System.nanoTime();
                    pull.full(p, from, to);
                    pulling += System.nanoTime() - pullStart;
                }
                try {
                    // a model with many receptors is delivered and updated a block of neurons at a
                    // time, so that its input arrays are still in the cache when it reads them (each
                    // neuron's input and update are its own: the same numbers in the same order)
                    for (int a = from; a < to; a += block) {
                        int b = Math.min(to, a + block);
                        if (a > from) {
                            delivery.range(w, p, a, b);
                        }
                        populations[p].update(a, b, plan.io()[p][w]);
                    }
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
                if (gather) {
                    long gatherStart = System.nanoTime();
                    pull.gather(p, from, to);
                    pulling += System.nanoTime() - gatherStart;
                }
                split.tally(p, w, from, to);
                split.charge(p, w, split.clock() - cpu);
            }
        }
        if (driverWork != null && driverWorkTaken.compareAndSet(false, true)) {
            runDriverWork();
        }
        pulled[w] = pulling;
        split.finished(w, System.nanoTime());
    }

    /**
     * Neurons per block of a population's delivery and update: all of them, unless its receptor
     * planes make a neuron's slice input large (models with many receptors);
     * then as many as keep the block's input near 256 KiB, at least 16.
     */
    static int deliveryBlock(PopulationBuffers buffers, int neurons) {
        if (buffers.receptors() == 0) {
            return Math.max(neurons, 1);
        }
        long bytes = 2L * (buffers.receptors() + 1) * buffers.sliceSteps() * Double.BYTES;
        return (int) Math.max(16, Math.min(Math.max(neurons, 1), (256 * 1024) / bytes));
    }

    private void runDriverWork() {
        long start = System.nanoTime();
        driverWork.run();
        driverTime = System.nanoTime() - start;
    }
}
