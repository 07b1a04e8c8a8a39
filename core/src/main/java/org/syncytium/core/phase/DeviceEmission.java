package org.syncytium.core.phase;

import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;

/**
 * Stimulus devices emit into the ring buffers of the targets this process owns (their connection
 * tables hold only those), each connection drawing from its own keyed stream.
 */
public final class DeviceEmission {
    private final RunPlan plan;
    private final SliceClock clock;

    public DeviceEmission(RunPlan plan, SliceClock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    public void run() {
        for (int d = 0; d < plan.stimuli().length; d++) {
            plan.stimuli()[d].emit(clock.origin(), clock.first(), clock.end(), plan.outputs()[d]);
        }
    }
}
