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

    /**
     * A trial pass that may skip work (WFR work skipping): from the second pass of a slice on, a
     * neuron whose gap input changed by at most {@code skipBound} since the last pass that
     * integrated it is not integrated again; the waveform it published then stays published and it
     * counts as converged. The change is measured as the largest sum over a step's polynomial
     * coefficients of |Δ(Σ g·coefficient)| divided by the neuron's gap conductance sum: the
     * conductance-weighted change of its partners' voltage waveforms, in mV. The first pass of a
     * slice integrates every neuron. A bound of 0 skips nothing and is exactly
     * {@link #trialPass(double)}. The kernel counts skipped and integrated neuron-passes in the
     * iterating solver's statistics ({@code <prefix>_skipped_neuron_passes},
     * {@code <prefix>_trial_neuron_passes}). The default, for a slice that cannot skip, ignores the
     * bound.
     *
     * @param tolerance largest change of V in mV between two passes that counts as converged
     * @param skipBound largest change of gap input in mV (as above) for which a neuron is skipped; >= 0
     * @return true if every neuron converged
     * @since 1.2
     */
    default boolean trialPass(double tolerance, double skipBound) {
        return trialPass(tolerance);
    }

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
