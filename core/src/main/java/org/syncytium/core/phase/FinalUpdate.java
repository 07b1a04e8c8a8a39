package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
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
 * <p>The stimulus devices emit inside the pass too, on worker 0 (the thread that ran them before)
 * while the other workers integrate: an emission of this slice lands at step T + l + delay, and a
 * delay is at least D steps, so it never touches the ring rows [T, T + D) delivered in this round,
 * and spike routing still follows it, after the round. The emission's time is charged to worker
 * 0's first range, so the measured split hands the other workers that many more neurons.
 */
public final class FinalUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final UpdateSplit split;
    private final GapPull pull;
    private final InputDelivery delivery;
    private final DeviceEmission devices;
    private final WorkerTask task = this::update;
    /** Per worker: wall time of this pass's pull and gather, ns. */
    private final long[] pulled;
    private boolean deliverFirst;
    private boolean emit;
    /** Wall time of the last pass's emission on worker 0, ns. */
    private long emitted;
    private boolean pullFirst;
    private boolean gather;

    public FinalUpdate(RunPlan plan, WorkerPool pool, UpdateSplit split, GapPull pull, InputDelivery delivery,
            DeviceEmission devices) {
        this.plan = plan;
        this.pool = pool;
        this.split = split;
        this.pull = pull;
        this.delivery = delivery;
        this.devices = devices;
        this.pulled = new long[plan.workers()];
    }

    /**
     * Runs the pass; returns the wall time the workers waited for the slowest one, summed, in ns.
     *
     * @param pullFirst true if each worker pulls its neurons' gap input from the published waveforms first
     * @param gather    true at a slice end of a gap-coupled run: each worker gathers its neurons' V
     */
    public long run(boolean pullFirst, boolean gather) {
        return run(false, false, pullFirst, gather, false);
    }

    /**
     * Runs the pass as {@link #run(boolean, boolean)}; with {@code deliverFirst} each worker first
     * delivers the slice's input of the neurons it then updates, and with {@code constantPull} also
     * sums their gap input from the constant waveforms of the last final pass (times:
     * {@link InputDelivery#deliverTime()}, {@link InputDelivery#pullTime()}); with {@code emit} the
     * stimulus devices emit the pass's steps on worker 0 during the pass ({@link #emitTime()}).
     */
    public long run(boolean deliverFirst, boolean constantPull, boolean pullFirst, boolean gather, boolean emit) {
        this.deliverFirst = deliverFirst;
        this.emit = emit;
        this.emitted = 0;
        if (deliverFirst) {
            delivery.prepare(constantPull);
        }
        this.pullFirst = pullFirst;
        this.gather = gather;
        pool.run(task);
        return split.endPass();
    }

    /** Wall time of the last pass's device emission (on worker 0), ns; 0 if it did not emit. */
    public long emitTime() {
        return emitted;
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
        boolean emitHere = emit && w == 0;
        for (int p = 0; p < populations.length; p++) {
            int from = split.from(p, w);
            int to = split.to(p, w);
            if (from < to) {
                long cpu = split.clock();
                if (emitHere) {
                    emitHere = false;
                    emit();
                }
                if (deliverFirst) {
                    delivery.range(w, p, from, to);
                }
                if (pullFirst) {
                    long pullStart = System.nanoTime();
                    pull.full(p, from, to);
                    pulling += System.nanoTime() - pullStart;
                }
                try {
                    populations[p].update(from, to, plan.io()[p][w]);
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
                if (gather) {
                    long gatherStart = System.nanoTime();
                    pull.gather(p, from, to);
                    pulling += System.nanoTime() - gatherStart;
                }
                split.charge(p, w, split.clock() - cpu);
            }
        }
        if (emitHere) {
            emit(); // worker 0 had no neurons in this pass
        }
        pulled[w] = pulling;
        split.finished(w, System.nanoTime());
    }

    private void emit() {
        long start = System.nanoTime();
        devices.run();
        emitted = System.nanoTime() - start;
    }
}
