package org.syncytium.core.phase;

import org.syncytium.core.gap.GapExchange;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * Each worker sums its own gap-coupled neurons' input from their partners' exchanged waveforms:
 * the full polynomials after a trial pass, or the constant extrapolation after a final pass.
 */
public final class GapPull {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final WorkerTask fullTask = this::full;
    private final WorkerTask constantTask = this::constant;
    private final WorkerTask gatherTask = this::gather;

    public GapPull(RunPlan plan, WorkerPool pool) {
        this.plan = plan;
        this.pool = pool;
    }

    /** After a trial pass (and after re-planning mid-run). */
    public void full() {
        pool.run(fullTask);
    }

    /** After a final pass at a slice end; marks the gap populations' waveforms as published. */
    public void constant() {
        if (plan.exchange().gathersConstants()) {
            pool.run(gatherTask);
        }
        pool.run(constantTask);
        boolean[] gap = plan.neurons().gapPopulation();
        for (int p = 0; p < gap.length; p++) {
            if (gap[p]) {
                plan.buffers()[p].setPublished(true);
            }
        }
    }

    private void full(int w) {
        eachOwnRange(w, GapExchange::exchange);
    }

    private void gather(int w) {
        eachOwnRange(w, GapExchange::gatherConstants);
    }

    private void constant(int w) {
        eachOwnRange(w, GapExchange::exchangeConstant);
    }

    /** One of GapExchange's per-range steps: population p, its first neuron index, the range [from, to). */
    private interface RangeStep {
        void run(GapExchange exchange, int p, int offset, int from, int to);
    }

    /** Runs {@code step} over worker {@code w}'s range of every gap-coupled population. */
    private void eachOwnRange(int w, RangeStep step) {
        boolean[] gap = plan.neurons().gapPopulation();
        for (int p = 0; p < gap.length; p++) {
            if (gap[p]) {
                step.run(plan.exchange(), p, plan.neurons().firstOwned()[p], plan.partition().from()[p][w],
                        plan.partition().to()[p][w]);
            }
        }
    }
}
