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
 * the {@link UpdateSplit}, which moves them between passes by the cost each worker measured.
 */
public final class TrialUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final UpdateSplit split;
    private final boolean[] converged;
    private final WorkerTask task = this::trial;
    private double tolerance;

    public TrialUpdate(RunPlan plan, WorkerPool pool, UpdateSplit split) {
        this.plan = plan;
        this.pool = pool;
        this.split = split;
        this.converged = new boolean[plan.workers()];
    }

    /**
     * Runs the pass; {@code tolerance} is wfr_tol in mV. Returns the wall time the workers waited for
     * the slowest one, summed over workers, in ns.
     */
    public long run(double tolerance) {
        this.tolerance = tolerance;
        pool.run(task);
        return split.endPass();
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
                    ok = populations[p].trialUpdate(from, to, plan.io()[p][w], tolerance) && ok;
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
