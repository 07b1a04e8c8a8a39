package org.syncytium.core.phase;

import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;

/** Hands the slice's multimeter samples to the recordings in (stamp, sender) order. */
public final class SampleRecording {
    private final RunPlan plan;
    private final SliceClock clock;

    public SampleRecording(RunPlan plan, SliceClock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    public void run() {
        plan.sampling().flush(clock.origin(), clock.first(), clock.end());
    }
}
