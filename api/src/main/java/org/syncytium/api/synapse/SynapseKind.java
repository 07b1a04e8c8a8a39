package org.syncytium.api.synapse;

/** What a connection carries. */
public enum SynapseKind {
    /** Spikes, delivered after a delay into the target's excitatory or inhibitory input. */
    SPIKE,
    /** Gap-junction waveforms, exchanged without delay within a slice and solved by a coupling solver. */
    GAP
}
