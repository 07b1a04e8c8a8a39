package org.syncytium.launcher.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long the JVM's JIT compilers worked, to tell a warm process from one still compiling: a run
 * of the seed network without WFR right after the first took 0.6–0.9 s of compilation besides its
 * 0.8–1 s of simulate time (the network's build code getting hot in each new simulator, and code
 * recompiled after a deoptimisation), and on two cores that competes with the two workers. Only
 * runs with little compilation show the steady pace.
 */
public final class JitActivity {

    /** A run counts as settled if the JIT compiled for at most this share of its simulate time. */
    public static final double SETTLED_SHARE = 0.05;

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private JitActivity() {
    }

    /** The compilers' accumulated time so far, ms (summed over compiler threads); -1 if the JVM does not tell. */
    public static long totalMillis() {
        if (COMPILER == null || !COMPILER.isCompilationTimeMonitoringSupported()) {
            return -1;
        }
        return COMPILER.getTotalCompilationTime();
    }

    /**
     * True if a run whose JIT compiled for {@code jitSeconds} (negative: unknown) while it simulated for
     * {@code simulateSeconds} ran at the steady pace; unknown counts as settled, so that a JVM without
     * the figure is not warmed up for ever.
     */
    public static boolean settled(double jitSeconds, double simulateSeconds) {
        return jitSeconds < 0 || jitSeconds <= SETTLED_SHARE * simulateSeconds;
    }
}
