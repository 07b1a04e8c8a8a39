package org.syncytium.launcher.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.analysis.SpikeTrainStatistics;
import org.syncytium.launcher.scenario.Recorded;
import org.syncytium.launcher.scenario.RunResult;

/** The metrics every summary has: spike counts and rate, timings, solver iterations, synchrony, spike statistics. */
public final class StandardMetrics {

    /** Kernel entries copied into the summary when present (the WFR solver's statistics). */
    static final List<String> KERNEL_STATISTICS = List.of("wfr_iterations_mean", "wfr_iterations_max",
            "wfr_max_iterations_reached", "num_connections", "min_delay");

    /** Start of the window of the spike statistics (skips the seed network's initial burst), ms. */
    public static final double STATISTICS_WINDOW_START_MS = 100.0;

    private StandardMetrics() {
    }

    /** In summary order. */
    public static List<Metric> all() {
        return List.of(StandardMetrics::spikes, StandardMetrics::timings, StandardMetrics::kernel,
                StandardMetrics::synchrony, StandardMetrics::spikeStatistics);
    }

    /** n_events, n_neurons, rate_hz = 1000 · spikes / simtime / neurons. */
    static Map<String, Object> spikes(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        run.spikes().ifPresent(spikes -> {
            int events = spikes.events().size();
            values.put("n_events", events);
            values.put("n_neurons", spikes.observed());
            values.put("rate_hz", 1000.0 * events / run.simtimeMs() / Math.max(1, spikes.observed()));
        });
        values.put("simtime_ms", run.simtimeMs());
        return values;
    }

    static Map<String, Object> timings(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("build_s", run.buildSeconds());
        values.put("simulate_s", run.simulateSeconds());
        values.put("real_time_factor", run.simulateSeconds() > 0 ? run.simtimeMs() / 1000.0 / run.simulateSeconds() : Double.NaN);
        return values;
    }

    static Map<String, Object> kernel(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : KERNEL_STATISTICS) {
            Object value = run.kernelStatus().get(key);
            if (value instanceof Number || value instanceof Boolean) {
                values.put(key, value);
            }
        }
        return values;
    }

    static Map<String, Object> synchrony(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Recorded recorded : run.recorded()) {
            if (recorded.kind().equals("synchrony")) {
                String suffix = recorded.name().equals("synchrony") ? "" : "_" + recorded.name();
                values.put("synchrony_chi" + suffix, recorded.value());
                // chi needs samples after the monitor's start: say where it measured, so an
                // undefined chi (null) explains itself (e.g. a run shorter than the start)
                if (recorded.status().get("start") instanceof Number start) {
                    values.put("synchrony_start_ms" + suffix, start.doubleValue());
                }
                if (recorded.status().get("n_events") instanceof Number samples) {
                    values.put("synchrony_samples" + suffix, samples.longValue());
                }
            }
        }
        return values;
    }

    /**
     * Fano factor, ISI CV, period, silent neurons and the rate over the window (100 ms, simtime] as
     * in the NEST reference runs (the whole run if simtime &le; 200 ms), and the window itself as
     * {@code statistics_window_ms} = [start, end].
     */
    static Map<String, Object> spikeStatistics(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        run.spikes().ifPresent(spikes -> {
            Events events = spikes.events();
            long[] senders = events.senders();
            double windowStart = run.simtimeMs() > 2 * STATISTICS_WINDOW_START_MS ? STATISTICS_WINDOW_START_MS : 0.0;
            if (senders.length == 0 || spikes.firstObservedId() <= 0) {
                return;
            }
            SpikeTrainStatistics statistics = SpikeTrainStatistics.of(senders, events.times(),
                    spikes.firstObservedId(), spikes.observed(), run.simtimeMs(), windowStart);
            double[] window = statistics.window();
            values.put("statistics_window_ms", List.of(window[0], window[1]));
            for (String key : List.of("fano", "isi_cv", "period_ms", "silent_neurons", "rate_window_hz")) {
                values.put(key, statistics.get(key));
            }
        });
        return values;
    }
}
