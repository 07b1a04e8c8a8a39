package org.syncytium.api.neuron;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel's side of one population for one slice of D steps: input arrays filled before the
 * pass, output arrays and callbacks for what the pass produces. Arrays are indexed by the
 * population-local neuron index {@code i} and the slice-local step {@code l} (0 ≤ l < D, step l
 * covers time (T + l)·h to (T + l + 1)·h with T = {@link #originStep()}); they are owned by the
 * kernel, reused from slice to slice and must not be kept.
 */
@ProviderType
public interface SliceIO {

    /** Step T at which the slice starts (its time is T·h ms). */
    long originStep();

    /** First slice-local step to update (0 unless a previous run ended inside this slice). */
    int firstStep();

    /** One past the last slice-local step to update ({@code <= D}). */
    int endStep();

    /**
     * Excitatory spike input in pA, index {@code i * D + l}: the sum of weight × multiplicity of all
     * spikes with weight &gt; 0 that take effect at the end of step l (NEST adds it to dI_ex after
     * integrating step l). Read-only for the population.
     */
    double[] spikeExcitatory();

    /** Inhibitory spike input in pA (weights ≤ 0, so values ≤ 0), layout as {@link #spikeExcitatory()}. */
    double[] spikeInhibitory();

    /**
     * Since 1.6: excitatory spike input of receptor {@code receptor} in pA (or the weight's unit),
     * layout as {@link #spikeExcitatory()}: the sum of weight × multiplicity of the spikes with
     * weight &gt; 0 and that {@code receptor_type}, for models with several receptors
     * ({@link NeuronModel#spikeReceptors()} &gt; 0, receptors 1 to R). Receptor 0 is
     * {@link #spikeExcitatory()}.
     *
     * @throws IllegalArgumentException for a receptor the population's model does not have
     */
    default double[] spikeExcitatory(int receptor) {
        if (receptor == 0) {
            return spikeExcitatory();
        }
        throw new IllegalArgumentException("no spike receptor " + receptor + " in this slice");
    }

    /**
     * Since 1.6: inhibitory spike input of receptor {@code receptor} (weights ≤ 0, so values ≤ 0),
     * layout as {@link #spikeExcitatory(int)}. Receptor 0 is {@link #spikeInhibitory()}.
     *
     * @throws IllegalArgumentException for a receptor the population's model does not have
     */
    default double[] spikeInhibitory(int receptor) {
        if (receptor == 0) {
            return spikeInhibitory();
        }
        throw new IllegalArgumentException("no spike receptor " + receptor + " in this slice");
    }

    /**
     * Since 1.11: the spike input of receptors 1 to R of a model that
     * {@linkplain NeuronModel#readsReceptorsSideBySide() reads them side by side}, in pA (or the weight's
     * unit), both signs summed: index {@code (i * D + l) * R + r − 1}, R = {@link #spikeReceptorStride()}
     * (a population's largest receptor count; a neuron with fewer has 0 in the rest).
     *
     * @throws IllegalStateException if the population's model does not read its receptors side by side
     */
    default double[] spikeReceptors() {
        throw new IllegalStateException("no side-by-side receptor input in this slice");
    }

    /**
     * Since 1.11: R, the receptors per neuron and step in {@link #spikeReceptors()} (0 without that
     * array).
     */
    default int spikeReceptorStride() {
        return 0;
    }

    /** Current input from current devices in pA, index {@code i * D + l}, taken up after step l (NEST's I_stim). */
    double[] currentInput();

    /**
     * Sum S_i of incoming gap conductances in nS, index {@code i}; zero where there is no partner data
     * (first slice). Only meaningful if {@link RunContext#gapCoupled()}.
     */
    double[] gapConductance();

    /**
     * Partner waveforms C_i weighted by conductance, nS·mV, index {@code (i * D + l) * (K + 1) + q}:
     * for step l the gap current is {@code -S_i * V + sum_q C[l][q] * tau^q} with tau = local time / h.
     */
    double[] gapCoefficientsIn();

    /**
     * This population's waveforms in mV, same layout as {@link #gapCoefficientsIn()}, written by every
     * pass: trial passes write the polynomial of V on each step; the final pass writes V at the end of
     * the slice into coefficient 0 of every step and zeros elsewhere (constant extrapolation). The
     * kernel may (since 1.3) hand out a different array from one pass to the next (it double-buffers the
     * waveforms so that partners can still read the previous pass's while this one writes): fetch
     * it at the start of each pass, never read back what an earlier pass wrote, and write every
     * coefficient of every neuron the pass covers.
     */
    double[] gapCoefficientsOut();

    /** Reports a spike of neuron {@code i} at the end of slice-local step {@code l} (final pass only). */
    void spike(int i, int l);

    /**
     * True if a multimeter samples neuron {@code i} after some step of this slice (one on its grid and
     * inside its recording's window); then call {@link #sample(int, int)} after every step, or after
     * those {@link #isSampledAfter(int, int)} names.
     */
    boolean isSampled(int i);

    /**
     * True if the kernel reads neuron {@code i}'s recordables after slice-local step {@code l}: the
     * step ends on the grid of a multimeter that samples the neuron (a multimeter's interval is
     * often many steps). Since 1.5 a model may write its state and call {@link #sample(int, int)}
     * only after such steps instead of after every step. The default answers {@link #isSampled(int)}.
     */
    default boolean isSampledAfter(int i, int l) {
        return isSampled(i);
    }

    /**
     * Called by the final pass after step {@code l} of a sampled neuron (after every step, or only
     * after those {@link #isSampledAfter(int, int)} names), with the state already written to the
     * population's arrays; the kernel reads {@link Population#recordable(int, int)} when the step
     * falls on the multimeter's grid.
     */
    void sample(int i, int l);
}
