package org.syncytium.launcher.scenario;

import java.nio.file.Path;

import org.syncytium.api.ProgressListener;

/**
 * How the launcher runs a scenario beyond what the file says.
 *
 * @param threads  {@code --threads}: virtual processes, or null to keep the scenario's
 * @param progress where progress goes (the kernel's {@code print_time}), or null for none
 * @param quiet    true to switch {@code print_time} off (sweeps run many points at once)
 * @param files    folder where recorders with a {@code file} write it while running
 *                 ({@code record_to: ascii}, the kernel's {@code data_path}); null to keep events in
 *                 memory and let the launcher write the files after the run
 */
public record RunOptions(Integer threads, ProgressListener progress, boolean quiet, Path files) {

    /** Events in memory. */
    public RunOptions(Integer threads, ProgressListener progress, boolean quiet) {
        this(threads, progress, quiet, null);
    }

    /** Nothing changed, no progress, events in memory. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, false, null);
    }
}
