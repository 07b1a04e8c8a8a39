package org.syncytium.api.error;

/**
 * The state of a neuron became NaN, infinite or ran away; the simulation stops. The message names
 * the model, the neuron, the time in ms and the state. A model throws it with the population-local
 * index of the neuron; the kernel rethrows it naming the node id.
 */
public class NumericalInstabilityException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    private final int neuronIndex;

    public NumericalInstabilityException(String message) {
        this(message, -1);
    }

    /**
     * @param message     model, time and state
     * @param neuronIndex index of the neuron within its population, or -1 if unknown
     * @since 1.1
     */
    public NumericalInstabilityException(String message, int neuronIndex) {
        super(message);
        this.neuronIndex = neuronIndex;
    }

    /**
     * Index of the neuron within its population, or -1 if the message already names the node.
     *
     * @since 1.1
     */
    public int neuronIndex() {
        return neuronIndex;
    }
}
