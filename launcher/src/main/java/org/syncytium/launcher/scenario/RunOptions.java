package org.syncytium.launcher.scenario;

import org.syncytium.api.ProgressListener;

/**
 * How the launcher runs a scenario beyond what the file says.
 *
 * @param threads  {@code --threads}: virtual processes, or null to keep the scenario's
 * @param progress where progress goes (the kernel's {@code print_time}), or null for none
 * @param quiet    true to switch {@code print_time} off (sweeps run many points at once)
 */
public record RunOptions(Integer threads, ProgressListener progress, boolean quiet) {

    /** Nothing changed, no progress. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, false);
    }
}
