package org.syncytium.api.record;

/** What a recorder observes. */
public enum RecordedKind {
    /** Spikes of the neurons connected to it (neuron → recorder). */
    SPIKES,
    /** State variables of the neurons it is connected to (recorder → neuron), sampled at {@code interval}. */
    STATE
}
