package org.syncytium.api.error;

/**
 * Base of every error Syncytium reports to users. The message is one line that names what is wrong,
 * where, and what is allowed; launchers print it without a stack trace.
 */
public class SyncytiumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncytiumException(String message) {
        super(message);
    }

    public SyncytiumException(String message, Throwable cause) {
        super(message, cause);
    }
}
