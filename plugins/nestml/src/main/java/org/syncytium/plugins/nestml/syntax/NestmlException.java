package org.syncytium.plugins.nestml.syntax;

import org.syncytium.api.error.SyncytiumException;

/**
 * Anything wrong with a NESTML file, reported as one line {@code file:line: message} (syntax,
 * unknown names, unit mismatches, unsupported constructs). Loading stops at the first one.
 */
public final class NestmlException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public NestmlException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file name as given to the loader. */
    public String file() {
        return file;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }
}
