package org.syncytium.core.plan;

import org.syncytium.api.neuron.RunContext;
import org.syncytium.core.random.StreamKeys;

/**
 * The timing of a run as a population sees it, and the seeds of its neurons' own random numbers.
 *
 * @param resolution         h in ms
 * @param sliceSteps         D, steps per slice
 * @param interpolationOrder K of the waveform polynomials (0, 1 or 3)
 * @param gapCoupled         true if this population has gap-junction partners
 * @param rngSeed            the kernel's rng_seed
 * @param firstNodeId        node id of the population's neuron 0 (on this process: the first one it owns)
 */
public record KernelRunContext(double resolution, int sliceSteps, int interpolationOrder, boolean gapCoupled,
        long rngSeed, long firstNodeId) implements RunContext {

    /** Keyed by (rng_seed, node id) as every kernel stream is, so no split of threads or processes shows. */
    @Override
    public long randomSeed(int i) {
        return StreamKeys.key(rngSeed, StreamKeys.NEURON_DYNAMICS, firstNodeId + i, 0, 0);
    }
}
