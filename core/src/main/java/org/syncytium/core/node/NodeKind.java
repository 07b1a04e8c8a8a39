package org.syncytium.core.node;

/** What a node is; decides how it may be connected and how it is updated. */
public enum NodeKind {
    /** A neuron of a model's population. */
    NEURON("neuron model"),
    /** A stimulus device such as {@code poisson_generator}. */
    STIMULUS("stimulus device"),
    /** A recorder such as {@code spike_recorder}. */
    RECORDER("recorder");

    private final String what;

    NodeKind(String what) {
        this.what = what;
    }

    /** How users call this kind of model, e.g. {@code "neuron model"}. */
    public String what() {
        return what;
    }
}
