package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * The real update of every neuron this process owns over the slice's steps: spikes detected into
 * the workers' spike buffers, input consumed, samples taken, the constant waveform published.
 */
public final class FinalUpdate {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final WorkerTask task = this::update;

    public FinalUpdate(RunPlan plan, WorkerPool pool) {
        this.plan = plan;
        this.pool = pool;
    }

    public void run() {
        pool.run(task);
    }

    private void update(int w) {
        Population[] populations = plan.neurons().populations();
        int[][] from = plan.partition().from();
        int[][] to = plan.partition().to();
        for (int p = 0; p < populations.length; p++) {
            if (from[p][w] < to[p][w]) {
                try {
                    populations[p].update(from[p][w], to[p][w], plan.io()[p][w]);
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
            }
        }
    }
}
