package org.syncytium.api.neuron;

import org.osgi.annotation.versioning.ProviderType;

/** The timing of the coming run, handed to {@link Population#prepare(RunContext)} before it starts. */
@ProviderType
public interface RunContext {

    /** Simulation step h in ms ({@code resolution}). */
    double resolution();

    /** Steps per communication slice D ({@code min_delay} in steps); the layout stride of {@link SliceIO}. */
    int sliceSteps();

    /**
     * Order K of the waveform polynomial per step that gap-coupled neurons publish in trial passes:
     * 0 (start value held), 1 (linear) or 3 (cubic Hermite).
     */
    int interpolationOrder();

    /** True if this population has gap-junction partners in the coming run. */
    boolean gapCoupled();

    /**
     * The seed of neuron {@code i}'s own random numbers (noise drawn inside a model's update): 64
     * bits derived from the kernel's {@code rng_seed} and the neuron's node id, never from the thread,
     * virtual process or process that updates it, so draws are reproducible for the same seed and do
     * not depend on how neurons are split. A model draws from a counter-based generator at this seed
     * (for example SplitMix64 at position n, n being the neuron's draws so far) and keeps the counter
     * in the neuron's state, so a trial pass that restores the state draws the same numbers again.
     * The seed changes with {@code rng_seed}; read it at every {@link Population#prepare}.
     *
     * <p>The default, for contexts that do not come from a kernel (tests, benchmarks), derives the
     * seed from NEST's default {@code rng_seed} (143202461) and {@code i}; the kernel overrides it.
     *
     * @param i neuron index in the population, {@code 0 <= i < size()}
     * @since 1.3
     */
    default long randomSeed(int i) {
        long z = 143202461L * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
