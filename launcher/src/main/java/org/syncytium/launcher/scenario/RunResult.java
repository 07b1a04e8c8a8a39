package org.syncytium.launcher.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a run produced, for the output writers and the summary.
 *
 * @param scenario        the scenario's name
 * @param parameters      effective parameter values
 * @param simtimeMs       simulated time
 * @param buildSeconds    wall time of kernel setup, node creation and connection
 * @param simulateSeconds wall time of {@code simulate}
 * @param recorded        one entry per {@code record:} entry that ran, in file order
 * @param kernelStatus    the kernel status after the run (includes solver statistics)
 */
public record RunResult(String scenario, Map<String, Object> parameters, double simtimeMs, double buildSeconds,
        double simulateSeconds, List<Recorded> recorded, Map<String, Object> kernelStatus) {

    /** The same result with other recordings (e.g. events read back from files). */
    public RunResult withRecorded(List<Recorded> replaced) {
        return new RunResult(scenario, parameters, simtimeMs, buildSeconds, simulateSeconds, List.copyOf(replaced), kernelStatus);
    }

    /** The first spike recording, which the summary's rate and the raster plot use. */
    public Optional<Recorded> spikes() {
        return recorded.stream().filter(r -> r.kind().equals("spikes")).findFirst();
    }
}
