package org.syncytium.api.synapse;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The spike history of a neuron that receives plastic connections, as NEST's archiving node keeps
 * it: the neuron's spike times (ms) and its postsynaptic trace K−, which jumps by 1 at each spike and
 * decays with the neuron's {@value #TAU_MINUS} (ms, default {@value #DEFAULT_TAU_MINUS}; set on the
 * neuron as any of its parameters). The kernel keeps one per neuron and hands a
 * {@link PlasticSynapse} the history of the connection's target; times compare within NEST's
 * {@code stdp_eps} of 1e-6 ms. A view for the duration of one call: do not keep it.
 *
 * @since 1.2
 */
@ProviderType
public interface SpikeHistory {

    /** Name of the trace's time constant on every neuron (ms), NEST's {@code tau_minus}. */
    String TAU_MINUS = "tau_minus";

    /** The time constant a neuron has until it is set, in ms (NEST's default). */
    double DEFAULT_TAU_MINUS = 20.0;

    /**
     * Selects the neuron's spikes at times t with t1 &lt; t ≤ t2 (ms), oldest first, and counts each as
     * read by the calling connection (the kernel forgets a spike once every plastic connection into
     * the neuron has read it and it is older than the longest such delay).
     *
     * @return how many spikes were selected; {@link #selected(int)} gives their times
     */
    int select(double t1, double t2);

    /** Time in ms of the {@code i}-th spike of the last {@link #select} (0-based, oldest first). */
    double selected(int i);

    /**
     * The trace K− at time {@code t} (ms) from the spikes strictly before {@code t}: the value after
     * the latest such spike, decayed by exp(−Δt / tau_minus); 0 if there is none.
     */
    double kMinus(double t);

    /**
     * NEST's nearest-neighbour trace at time {@code t} (ms): exp(−Δt / tau_minus), Δt from the latest
     * spike strictly before {@code t}, as if K− were set to 1 at each spike instead of raised by 1
     * (the {@code stdp_nn_*} synapses); 0 if there is none.
     *
     * @since 1.5
     */
    double nearestKMinus(double t);
}
