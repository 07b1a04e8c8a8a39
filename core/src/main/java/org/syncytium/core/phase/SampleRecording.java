package org.syncytium.core.phase;

import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;

/**
 * Hands the slice's multimeter samples to the recordings in (stamp, sender) order. Over several
 * processes the samples are first exchanged (each process samples its own neurons), and only
 * process 0, which records, hands them on; the others clear them.
 */
public final class SampleRecording {
    private final RunPlan plan;
    private final SliceClock clock;

    public SampleRecording(RunPlan plan, SliceClock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    public void run() {
        if (plan.sampleExchange() != null) {
            plan.sampleExchange().run(clock.first(), clock.end());
        }
        if (plan.partition().rank() == 0) {
            plan.sampling().flush(clock.origin(), clock.first(), clock.end());
        } else {
            plan.sampling().discard(clock.first(), clock.end());
        }
    }
}
