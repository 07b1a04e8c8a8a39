package org.syncytium.core.schedule;

import java.io.PrintStream;
import java.util.Locale;
import org.syncytium.api.ProgressListener;

/** NEST's {@code print_time} line, rewritten in place: {@code [ 42 % ] Model time: 210.0 ms, Real-time factor: 0.8}. */
public final class ConsoleProgress implements ProgressListener {
    private final PrintStream out;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(double modelTimeMs, double endTimeMs, double realTimeFactor) {
        double percent = endTimeMs <= 0 ? 100 : 100.0 * modelTimeMs / endTimeMs;
        out.printf(Locale.ROOT, "\r[ %3.0f %% ] Model time: %.1f ms, Real-time factor: %.4f", percent, modelTimeMs,
                realTimeFactor);
        if (modelTimeMs >= endTimeMs) {
            out.println();
        }
        out.flush();
    }
}
