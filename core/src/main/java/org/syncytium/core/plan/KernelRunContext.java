package org.syncytium.core.plan;

import org.syncytium.api.neuron.RunContext;

/**
 * The timing of a run as a population sees it.
 *
 * @param resolution         h in ms
 * @param sliceSteps         D, steps per slice
 * @param interpolationOrder K of the waveform polynomials (0, 1 or 3)
 * @param gapCoupled         true if this population has gap-junction partners
 */
public record KernelRunContext(double resolution, int sliceSteps, int interpolationOrder, boolean gapCoupled)
        implements RunContext {
}
