package org.syncytium.launcher.cli;

import java.io.PrintStream;

import org.syncytium.launcher.interrupt.Interrupts;

/**
 * An error that kills a thread no command waits for (a kernel worker, a framework thread) would
 * otherwise print a raw stack trace and may leave the command waiting for ever. Out-of-memory and
 * other {@link Error}s end the process with one line (exit 1); exceptions in such threads are
 * reported as one line and left to the command that owns the thread.
 */
public final class FatalErrors {

    private FatalErrors() {
    }

    /** Installs the process-wide handler (the launcher's {@code Main} only). */
    public static void install(PrintStream err) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Interrupts.happened()) {
                return; // the interrupt's own line is the one to read
            }
            err.println("error: " + ErrorReporter.message(error));
            err.flush();
            if (error instanceof Error) {
                Runtime.getRuntime().halt(CommandLines.ERROR);
            }
        });
    }
}
