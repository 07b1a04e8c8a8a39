package org.syncytium.launcher;

/**
 * A problem the user can fix (bad bundle folder, bad scenario, bad option): its message is the
 * one line the launcher prints, without a stack trace unless {@code --debug} is given.
 */
public class LauncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
