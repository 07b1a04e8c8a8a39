package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.UpdateSplit;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * A waveform-relaxation trial pass: every gap-coupled neuron this process owns integrates the whole
 * slice against its partners' last waveforms, publishes its own and returns to its slice-start
 * state. Each worker leaves its own convergence flag for {@link Convergence}. The ranges come from
 * the {@link UpdateSplit}, which moves them between passes by the cost each worker measured. With a
 * skip bound ({@link TrialSkip}) a pass after the first of a slice integrates only the neurons whose
 * gap input changed by more than the bound; the others keep their published waveform and count as
 * converged.
 */
public final class TrialUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final UpdateSplit split;
    private final boolean[] converged;
    private final WorkerTask task = this::trial;
    private double tolerance;
    private double skipBound;
    private boolean firstOfSlice;
    /** Made when skipping is first asked for, so a run without it holds nothing extra. */
    private TrialSkip skip;
    /** Per worker: neuron-passes integrated since the last {@link #takeIntegrated()}. */
    private final long[] integrated;

    public TrialUpdate(RunPlan plan, WorkerPool pool, UpdateSplit split) {
        this.plan = plan;
        this.pool = pool;
        this.split = split;
        this.converged = new boolean[plan.workers()];
        this.integrated = new long[plan.workers()];
    }

    /**
     * Runs the pass over every neuron; {@code tolerance} is wfr_tol in mV. Returns the wall time the
     * workers waited for the slowest one, summed over workers, in ns.
     */
    public long run(double tolerance) {
        return run(tolerance, 0.0, true);
    }

    /**
     * Runs the pass as {@link #run(double)}; {@code skipBound} is the largest change of gap input in
     * mV for which a neuron is not integrated again (0: none is skipped, exactly {@link #run(double)}),
     * {@code firstOfSlice} true for the slice's first pass (none is skipped).
     */
    public long run(double tolerance, double skipBound, boolean firstOfSlice) {
        this.tolerance = tolerance;
        this.skipBound = skipBound;
        this.firstOfSlice = firstOfSlice;
        if (skipBound > 0.0 && skip == null) {
            skip = new TrialSkip(plan);
        }
        pool.run(task);
        return split.endPass();
    }

    /** Neuron-passes integrated since the last call, over all workers; resets the count. */
    public long takeIntegrated() {
        long sum = 0;
        for (int w = 0; w < integrated.length; w++) {
            sum += integrated[w];
            integrated[w] = 0;
        }
        return sum;
    }

    /** Neuron-passes skipped since the last call; resets the count. */
    public long takeSkipped() {
        return skip == null ? 0 : skip.takeSkipped();
    }

    /** Per-worker flags of the last pass. */
    boolean[] converged() {
        return converged;
    }

    private void trial(int w) {
        Population[] populations = plan.neurons().populations();
        boolean[] gap = plan.neurons().gapPopulation();
        long start = System.nanoTime();
        boolean ok = true;
        for (int p = 0; p < populations.length; p++) {
            int from = split.from(p, w);
            int to = split.to(p, w);
            if (gap[p] && from < to) {
                long cpu = split.clock();
                // no short-circuit: every range must run its pass
                try {
                    if (skipBound > 0.0) {
                        // the list holds this worker's neurons at its own range's positions
                        int end = skip.select(w, p, from, to, skipBound, firstOfSlice);
                        integrated[w] += end - from;
                        if (end > from) {
                            ok = populations[p].trialUpdate(skip.listed(p), from, end, plan.io()[p][w], tolerance) && ok;
                        }
                    } else {
                        integrated[w] += to - from;
                        ok = populations[p].trialUpdate(from, to, plan.io()[p][w], tolerance) && ok;
                    }
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
                split.charge(p, w, split.clock() - cpu);
            }
        }
        converged[w] = ok;
        split.busy(w, System.nanoTime() - start);
    }
}
