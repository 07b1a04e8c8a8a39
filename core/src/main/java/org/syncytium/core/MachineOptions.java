package org.syncytium.core;

import java.util.function.Consumer;

/**
 * What the kernel takes from its surroundings rather than from the user's settings: how many cores
 * it may use and where warnings go. Tests pass their own values to check thread-count invariance
 * on any machine and to capture warnings.
 *
 * @param cores    the most worker threads to run (the pool has min(cores, VPs) threads)
 * @param warnings receives one line per warning (default: standard error)
 * @param split    how trial and final passes split neurons over the threads (default:
 *                 {@link SplitPolicy#byDefault()}, by measured cost); results never depend on it
 */
public record MachineOptions(int cores, Consumer<String> warnings, SplitPolicy split) {
    public MachineOptions {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1: " + cores);
        }
        if (split == null) {
            throw new IllegalArgumentException("split policy must not be null");
        }
    }

    /** The given cores and warnings, neurons split by {@link SplitPolicy#byDefault()}. */
    public MachineOptions(int cores, Consumer<String> warnings) {
        this(cores, warnings, SplitPolicy.byDefault());
    }

    /** This machine's cores, warnings to standard error. */
    public static MachineOptions defaults() {
        return new MachineOptions(Runtime.getRuntime().availableProcessors(), System.err::println);
    }
}
