package org.syncytium.api.device;

/** What a stimulus device sends to its targets. */
public enum StimulusKind {
    /** Spikes with a multiplicity, delivered like neuron spikes (weight and delay of the connection). */
    SPIKES,
    /** A current in pA, times the connection weight, taken up by the target as I_stim. */
    CURRENT
}
