package org.syncytium.launcher.cli;

import java.io.PrintWriter;

import org.syncytium.api.error.SyncytiumException;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.distribution.MissingBundles;
import org.syncytium.launcher.interrupt.Interrupts;
import org.syncytium.launcher.resources.MemoryBudget;

/**
 * Turns an exception from a command into one line on stderr ({@code error: ...}) and an exit
 * status; the stack trace follows only with {@code --debug}.
 */
public final class ErrorReporter {

    private ErrorReporter() {
    }

    /** Prints the error and returns {@link CommandLines#ERROR}. */
    public static int report(Throwable error, boolean debug, PrintWriter err) {
        return report(error, debug, err, Distribution.bundles());
    }

    /**
     * As above, for a command that ran on {@code bundleFolder}: an error naming something unknown
     * also names the bundle of the distribution's pool that provides it, if this folder lacks it.
     */
    public static int report(Throwable error, boolean debug, PrintWriter err, java.nio.file.Path bundleFolder) {
        if (Interrupts.happened()) {
            return CommandLines.ERROR; // the interrupt prints its own line; this is its aftermath
        }
        String message = message(error);
        err.println("error: " + message + MissingBundles.hint(message, bundleFolder));
        if (debug) {
            error.printStackTrace(err);
        }
        err.flush();
        return CommandLines.ERROR;
    }

    /** The one-line message for {@code error}. */
    public static String message(Throwable error) {
        Throwable cause = error;
        // Unwrap wrappers (e.g. from an executor) down to something that speaks to the user.
        while (!(cause instanceof LauncherException) && !(cause instanceof SyncytiumException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof LauncherException || cause instanceof SyncytiumException) {
            return oneLine(cause.getMessage());
        }
        if (cause instanceof OutOfMemoryError) {
            return MemoryBudget.outOfMemoryMessage();
        }
        if (cause instanceof StackOverflowError) {
            return "the scenario nests too deeply (stack overflow); simplify it or give Java a larger stack with JAVA_OPTS=-Xss8m";
        }
        return "internal error: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage()))
                + " (run with --debug for the stack trace)";
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
