package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.UpdateSplit;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * The real update of every neuron this process owns over the slice's steps: spikes detected into
 * the workers' spike buffers, input consumed, samples taken, the constant waveform published. The
 * ranges come from the {@link UpdateSplit}, shared with the trial passes.
 */
public final class FinalUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final UpdateSplit split;
    private final WorkerTask task = this::update;

    public FinalUpdate(RunPlan plan, WorkerPool pool, UpdateSplit split) {
        this.plan = plan;
        this.pool = pool;
        this.split = split;
    }

    /** Runs the pass; returns the wall time the workers waited for the slowest one, summed, in ns. */
    public long run() {
        pool.run(task);
        return split.endPass();
    }

    private void update(int w) {
        Population[] populations = plan.neurons().populations();
        long start = System.nanoTime();
        for (int p = 0; p < populations.length; p++) {
            int from = split.from(p, w);
            int to = split.to(p, w);
            if (from < to) {
                long cpu = split.clock();
                try {
                    populations[p].update(from, to, plan.io()[p][w]);
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
                split.charge(p, w, split.clock() - cpu);
            }
        }
        split.busy(w, System.nanoTime() - start);
    }
}
