package org.syncytium.api.error;

/**
 * The state of a neuron became NaN, infinite or ran away; the simulation stops. The message names
 * the model, the node id, the time in ms and the state.
 */
public class NumericalInstabilityException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    public NumericalInstabilityException(String message) {
        super(message);
    }
}
