package org.syncytium.core.phase;

import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/** Moves the slice's buffered input from the ring buffers into the populations' slice arrays. */
public final class InputDelivery {
    private final RunPlan plan;
    private final WorkerPool pool;
    private final RingBuffers rings;
    private final SliceClock clock;
    private final WorkerTask task = this::deliver;

    public InputDelivery(RunPlan plan, WorkerPool pool, RingBuffers rings, SliceClock clock) {
        this.plan = plan;
        this.pool = pool;
        this.rings = rings;
        this.clock = clock;
    }

    public void run() {
        pool.run(task);
    }

    private void deliver(int w) {
        int[] offsets = plan.neurons().ringOffsets();
        int[][] from = plan.partition().from();
        int[][] to = plan.partition().to();
        for (int p = 0; p < offsets.length; p++) {
            rings.deliver(plan.buffers()[p], offsets[p], from[p][w], to[p][w], clock.origin());
        }
    }
}
