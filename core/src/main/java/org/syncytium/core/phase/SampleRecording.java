package org.syncytium.core.phase;

import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.plan.RunPlan;

/**
 * Hands the slice's multimeter samples to the recordings in (stamp, sender) order. Over several
 * processes the samples are first exchanged (each process samples its own neurons), and only
 * process 0, which records, hands them on; the others clear them. On one process a slice's
 * samples may instead be handed on during the next pass, by the first worker done with its neurons
 * while the others integrate ({@link #defer()}).
 */
public final class SampleRecording {
    private final RunPlan plan;
    private final SliceClock clock;
    /** A slice whose samples are in the spare tables, still to be handed on ({@link #defer()}). */
    private boolean deferred;
    private long deferredOrigin;
    private int deferredFirst;
    private int deferredEnd;

    public SampleRecording(RunPlan plan, SliceClock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    /**
     * True if this slice's samples may be handed on later, during the next pass ({@link #defer()}):
     * one process (no exchange of samples) with multimeters.
     */
    public boolean deferrable() {
        return plan.sampleExchange() == null && plan.partition().rank() == 0 && plan.sampling().sampling();
    }

    /**
     * Instead of {@link #run()}: keeps the samples of the pass just ended in the spare tables, to be
     * handed on by {@link #runDeferred()} while the next pass samples into the other ones. Call
     * only between passes, when {@link #deferrable()}.
     */
    public void defer() {
        runDeferred();
        plan.sampling().swap();
        deferred = true;
        deferredOrigin = clock.origin();
        deferredFirst = clock.first();
        deferredEnd = clock.end();
    }

    /**
     * Hands on the deferred samples, if any: by a worker inside the next pass, or by the driver
     * before any later samples and at the end of a simulate call. Recordings get them in the
     * same order as from {@link #run()}, one slice after the other.
     */
    public void runDeferred() {
        if (deferred) {
            deferred = false;
            plan.sampling().flushSwapped(deferredOrigin, deferredFirst, deferredEnd);
        }
    }

    /** Hands the slice's samples on now (after any deferred ones). */
    public void run() {
        runDeferred();
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
