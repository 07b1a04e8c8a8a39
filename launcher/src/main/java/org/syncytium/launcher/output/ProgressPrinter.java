package org.syncytium.launcher.output;

import java.io.PrintStream;
import java.util.Locale;

import org.syncytium.api.ProgressListener;

/**
 * Shows the kernel's progress as NEST's {@code print_time} does:
 * {@code [ 42% ] Model time: 210.0 ms, Real-time factor: 0.12}. On a terminal the line is
 * rewritten in place (carriage return); otherwise (logs, CI) a line is printed every 10%.
 */
public final class ProgressPrinter implements ProgressListener {

    private final PrintStream out;
    private final boolean terminal;
    private int lastDecile = -1;
    private long lastPrintNanos;

    /** @param terminal true to rewrite one line in place */
    public ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Prints to stderr, in place when a console is attached and CI is not set. */
    public static ProgressPrinter forStderr() {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new ProgressPrinter(System.err, terminal);
    }

    @Override
    public void progress(double modelTimeMs, double endTimeMs, double realTimeFactor) {
        double fraction = endTimeMs > 0 ? Math.min(1.0, modelTimeMs / endTimeMs) : 1.0;
        int percent = (int) Math.floor(fraction * 100 + 1e-9);
        String line = String.format(Locale.ROOT, "[ %d%% ] Model time: %.1f ms, Real-time factor: %.4f",
                percent, modelTimeMs, realTimeFactor);
        if (terminal) {
            long now = System.nanoTime();
            // Redrawing after every 1 ms slice would cost more than it shows: at most 20 times a second.
            if (percent < 100 && now - lastPrintNanos < 50_000_000L) {
                return;
            }
            lastPrintNanos = now;
            out.print("\r" + line);
            if (percent >= 100) {
                out.println();
            }
            out.flush();
        } else {
            int decile = percent / 10;
            if (decile > lastDecile) {
                lastDecile = decile;
                out.println(line);
            }
        }
    }
}
