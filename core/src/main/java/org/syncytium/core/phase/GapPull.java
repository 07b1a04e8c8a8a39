package org.syncytium.core.phase;

import org.syncytium.core.gap.GapExchange;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * Each worker sums its own gap-coupled neurons' input from their partners' exchanged waveforms:
 * the full polynomials after a trial pass, or the constant extrapolation after a final pass.
 *
 * <p>Mostly the pulls do not take a pool round of their own: the full pull runs at the start of
 * the next pass, each worker over the very range it then integrates ({@link TrialUpdate},
 * {@link FinalUpdate}), which the waveforms' double buffer allows (the pass writes the other array
 * while a slower worker still reads the published one); the gathering of V at the slice end runs
 * at the end of the final pass, and the constant pull with the next slice's input delivery
 * ({@link InputDelivery}), which itself rides on the next final pass when no trial pass comes
 * first (every slice of the stepwise solver). Which worker sums which neuron never changes a bit: each neuron's sum
 * runs over its connections in creation order.
 */
public final class GapPull {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final WorkerTask fullTask = this::full;

    public GapPull(RunPlan plan, WorkerPool pool) {
        this.plan = plan;
        this.pool = pool;
    }

    /** A pool round of its own (after re-planning mid-run). */
    public void full() {
        pool.run(fullTask);
    }

    /** The full pull for neurons {@code [from, to)} of population {@code p}, if it is gap-coupled. */
    void full(int p, int from, int to) {
        if (plan.neurons().gapPopulation()[p] && from < to) {
            plan.exchange().exchange(p, plan.neurons().firstOwned()[p], from, to);
        }
    }

    /**
     * At the end of a final pass that reached the slice end: V at the slice end of neurons
     * {@code [from, to)} of population {@code p}, just written, into the compact array of the
     * constant pull (one process; several processes receive it compact).
     */
    void gather(int p, int from, int to) {
        if (plan.neurons().gapPopulation()[p] && from < to && plan.exchange().gathersConstants()) {
            plan.exchange().gatherConstants(p, plan.neurons().firstOwned()[p], from, to);
        }
    }

    /** The constant pull over worker {@code w}'s fixed ranges (every gather must have finished). */
    void constant(int w) {
        boolean[] gap = plan.neurons().gapPopulation();
        for (int p = 0; p < gap.length; p++) {
            constant(w, p, plan.partition().from()[p][w], plan.partition().to()[p][w]);
        }
    }

    /**
     * The constant pull by worker {@code w} for neurons {@code [from, to)} of population {@code p},
     * if it is gap-coupled (every gather must have finished).
     */
    void constant(int w, int p, int from, int to) {
        if (plan.neurons().gapPopulation()[p] && from < to) {
            plan.exchange().exchangeConstant(w, p, plan.neurons().firstOwned()[p], from, to);
        }
    }

    /**
     * After a final pass at a slice end: marks the gap populations' constant waveforms as
     * published, and the V gathered at its end as what the next constant pull reads.
     */
    public void markConstantPublished() {
        if (plan.exchange().gathersConstants()) {
            plan.exchange().publishConstants();
        } else {
            plan.exchange().constantsPublished();
        }
        boolean[] gap = plan.neurons().gapPopulation();
        for (int p = 0; p < gap.length; p++) {
            if (gap[p]) {
                plan.buffers()[p].setPublished(true);
            }
        }
    }

    private void full(int w) {
        boolean[] gap = plan.neurons().gapPopulation();
        for (int p = 0; p < gap.length; p++) {
            full(p, plan.partition().from()[p][w], plan.partition().to()[p][w]);
        }
    }
}
