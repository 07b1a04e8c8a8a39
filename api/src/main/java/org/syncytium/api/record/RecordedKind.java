package org.syncytium.api.record;

/** What a recorder observes. */
public enum RecordedKind {
    /** Spikes of the neurons connected to it (neuron → recorder). */
    SPIKES,
    /** State variables of the neurons it is connected to (recorder → neuron), sampled at {@code interval}. */
    STATE,
    /**
     * The weights spikes carry through the connections whose synapse model names it as
     * {@code weight_recorder} (NEST's {@code weight_recorder}): no connection to or from it, the kernel
     * calls {@link Recording#weight} as each spike passes such a connection. Since api.record 1.6.
     */
    WEIGHTS
}
