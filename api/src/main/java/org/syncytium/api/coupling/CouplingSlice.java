package org.syncytium.api.coupling;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One communication slice as a coupling solver drives it. Each call runs over all neurons on all
 * threads and returns when they are done. Chemical spikes for the slice are already in the
 * targets' buffers; partners' waveforms from the end of the previous slice are already delivered
 * (constant extrapolation), so the first trial pass of a slice sees them.
 */
@ProviderType
public interface CouplingSlice {

    /** Start of the slice in ms. */
    double startMs();

    /** End of the slice in ms (start + D·h). */
    double endMs();

    /** True if the network has gap junctions, so iterating is meaningful. */
    boolean gapCoupled();

    /**
     * Every gap-coupled neuron integrates the whole slice with the partner waveforms last delivered,
     * publishes its own waveform and returns to its slice-start state (see
     * {@code Population.trialUpdate}).
     *
     * @param tolerance largest change of V in mV between two passes that counts as converged
     * @return true if every neuron converged
     */
    boolean trialPass(double tolerance);

    /** Delivers the waveforms published by the last pass to the partners (sums of g·coefficients). */
    void exchange();

    /**
     * The real update of every node over the slice (neurons with the waveforms last delivered,
     * devices, spike detection, recording), followed by the exchange of the end-of-slice voltages
     * that the next slice starts from.
     */
    void finalPass();

    /** Reports a warning to the user (printed once, with the slice's time range). */
    void warn(String message);
}
