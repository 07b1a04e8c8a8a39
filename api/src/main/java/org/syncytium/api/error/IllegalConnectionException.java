package org.syncytium.api.error;

/**
 * A connection that cannot be made, like NEST's {@code IllegalConnection}: a gap junction to a
 * model without gap support, a recorder used as a source, a non-symmetric gap-junction rule, ...
 */
public class IllegalConnectionException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    public IllegalConnectionException(String message) {
        super(message);
    }
}
