package org.syncytium.api.error;

/**
 * A request NEST also refuses as not implemented, like NEST's {@code NotImplemented}: e.g.
 * {@code make_symmetric} with a connection rule that cannot make symmetric pairs. A
 * {@link KernelException}, so callers that catch those still see it.
 */
public class NotImplementedException extends KernelException {

    private static final long serialVersionUID = 1L;

    public NotImplementedException(String message) {
        super(message);
    }
}
