package org.syncytium.launcher.interrupt;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Ctrl-C (SIGINT) and SIGTERM for the {@code syncytium} process: the command that is running says,
 * through {@link #onInterrupt}, how to stop cleanly (abort or commit its outputs) and what one line
 * to print; then the process exits with 128 + the signal number (130, 143). Without a registered
 * action the line is {@code interrupted; no outputs written}.
 *
 * <p>Installed by {@code Main} only; commands run inside tests register actions that are never
 * triggered. While an interrupt is handled, {@link #happened()} is true so that the main thread,
 * whose outputs were just aborted under it, prints no second error line.
 */
public final class Interrupts {

    private static volatile Supplier<String> action;
    private static volatile boolean happened;
    private static final Object ONCE = new Object();

    private Interrupts() {
    }

    /** Installs the handlers for INT and TERM (once per process). */
    public static void install(PrintStream err) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> handle(signal.getNumber(), err));
            } catch (IllegalArgumentException e) {
                // the signal is not available here (or the JVM reserved it): keep its default
            }
        }
    }

    /** A registered action; closing it unregisters it. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Registers what an interrupt does now: {@code stop} cleans up and returns the one line to print.
     * It runs on the signal's thread while the command's own thread may still be working.
     */
    public static Registration onInterrupt(Supplier<String> stop) {
        action = stop;
        return () -> {
            if (action == stop) {
                action = null;
            }
        };
    }

    /** True once an interrupt is being handled. */
    public static boolean happened() {
        return happened;
    }

    /**
     * If an interrupt is being handled, waits for it to end the process (so that the command's
     * thread, which may have finished under it, does not exit first with another status).
     */
    public static void awaitExit() {
        while (happened) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: the handler calls System.exit
            }
        }
    }

    static void handle(int signal, PrintStream err) {
        synchronized (ONCE) {
            if (happened) {
                return; // a second Ctrl-C while the first is handled: it finishes anyway
            }
            happened = true;
        }
        String line;
        Supplier<String> stop = action;
        try {
            line = stop == null ? "interrupted; no outputs written" : stop.get();
        } catch (RuntimeException | Error e) {
            line = "interrupted; cleaning up failed: " + e.getMessage();
        }
        if (System.console() != null && System.getenv("CI") == null) {
            err.print("\r\033[K"); // over the progress line a terminal shows in place
        }
        if (line != null) { // null: the action has nothing to say (a process other than MPI rank 0)
            err.println(line);
            err.flush();
        }
        System.exit(128 + signal);
    }
}
