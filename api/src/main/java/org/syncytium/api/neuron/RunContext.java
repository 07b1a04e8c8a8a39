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
}
