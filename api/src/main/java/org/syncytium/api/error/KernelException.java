package org.syncytium.api.error;

/**
 * A kernel setting or call not allowed in the current state, like NEST's {@code KernelException}:
 * e.g. {@code use_wfr} changed after nodes exist, or a plugin a network needs was uninstalled.
 */
public class KernelException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    public KernelException(String message) {
        super(message);
    }
}
