package org.syncytium.testkit;

import org.syncytium.api.neuron.RunContext;

/**
 * The timing the kernel hands a population before a run.
 *
 * @param resolution         step h in ms
 * @param sliceSteps         steps per slice D
 * @param interpolationOrder waveform order K (0, 1 or 3) for gap-coupled trial passes
 * @param gapCoupled         whether the population has gap partners in this run
 */
public record FakeRunContext(double resolution, int sliceSteps, int interpolationOrder, boolean gapCoupled)
        implements RunContext {

    /** h = 0.1 ms, D = 10 steps, no gap junctions. */
    public static FakeRunContext uncoupled() {
        return new FakeRunContext(0.1, 10, 0, false);
    }
}
