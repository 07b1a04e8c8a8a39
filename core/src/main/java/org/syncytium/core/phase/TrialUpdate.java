package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * A waveform-relaxation trial pass: every gap-coupled neuron this process owns integrates the whole
 * slice against its partners' last waveforms, publishes its own and returns to its slice-start
 * state. Each worker leaves its own convergence flag for {@link Convergence}.
 */
public final class TrialUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final boolean[] converged;
    private final WorkerTask task = this::trial;
    private double tolerance;

    public TrialUpdate(RunPlan plan, WorkerPool pool) {
        this.plan = plan;
        this.pool = pool;
        this.converged = new boolean[plan.workers()];
    }

    /** Runs the pass; {@code tolerance} is wfr_tol in mV. */
    public void run(double tolerance) {
        this.tolerance = tolerance;
        pool.run(task);
    }

    /** Per-worker flags of the last pass. */
    boolean[] converged() {
        return converged;
    }

    private void trial(int w) {
        Population[] populations = plan.neurons().populations();
        boolean[] gap = plan.neurons().gapPopulation();
        int[][] from = plan.partition().from();
        int[][] to = plan.partition().to();
        boolean ok = true;
        for (int p = 0; p < populations.length; p++) {
            if (gap[p] && from[p][w] < to[p][w]) {
                // no short-circuit: every range must run its pass
                try {
                    ok = populations[p].trialUpdate(from[p][w], to[p][w], plan.io()[p][w], tolerance) && ok;
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
            }
        }
        converged[w] = ok;
    }
}
