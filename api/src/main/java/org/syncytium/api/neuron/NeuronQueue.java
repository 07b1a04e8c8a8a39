package org.syncytium.api.neuron;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The neurons of one trial pass that several worker threads share: each call hands the calling
 * thread the next neuron no thread has taken yet, so a thread that finishes its neurons early takes
 * more instead of waiting for the others. Every neuron of the pass is handed out exactly once. The
 * kernel hands the costliest neurons first (by {@link Population#passCost(int)}), and a neuron's gap
 * input ({@link SliceIO#gapConductance()}, {@link SliceIO#gapCoefficientsIn()}) is ready when it is
 * returned, not before. Each thread gets its own queue object; use it only from that thread.
 *
 * @since 1.4
 */
@ProviderType
public interface NeuronQueue {

    /** The next neuron's population-local index for the calling thread, or -1 once the pass has none left. */
    int next();
}
