package org.syncytium.launcher.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.launcher.scenario.RunResult;

/**
 * Builds the summary of a run ({@code summary.json}, the sweep table, the printed summary) from a
 * list of {@link Metric}s. The standard list is {@link StandardMetrics#all()}; more can be added.
 */
public final class SummaryBuilder {

    private final List<Metric> metrics = new ArrayList<>();

    private SummaryBuilder(List<Metric> metrics) {
        this.metrics.addAll(metrics);
    }

    /** The standard metrics. */
    public static SummaryBuilder standard() {
        return new SummaryBuilder(StandardMetrics.all());
    }

    /** Adds a metric after the others. */
    public SummaryBuilder with(Metric metric) {
        metrics.add(metric);
        return this;
    }

    /** Only the metrics, by name, in order. */
    public Map<String, Object> metrics(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            values.putAll(metric.compute(run));
        }
        return values;
    }

    /** The whole summary: scenario, metrics, effective parameters and the kernel's settings. */
    public Map<String, Object> build(RunResult run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", run.scenario());
        summary.putAll(metrics(run));
        summary.put("parameters", run.parameters());
        Map<String, Object> kernel = new LinkedHashMap<>();
        run.kernelStatus().forEach((key, value) -> {
            if (value instanceof Number || value instanceof Boolean || value instanceof String) {
                kernel.put(key, value);
            }
        });
        summary.put("kernel", kernel);
        return summary;
    }

    /**
     * Points the kernel's {@code data_path} in a built summary at where the run's files end up:
     * recorders wrote into a staging folder that is renamed when the outputs are committed, so the
     * path the kernel saw no longer exists afterwards.
     *
     * @param staged    the folder the kernel's data_path named while the run wrote
     * @param committed where the same files are after the commit
     */
    @SuppressWarnings("unchecked")
    public static void relocateDataPath(Map<String, Object> summary, Path staged, Path committed) {
        if (summary.get("kernel") instanceof Map<?, ?> kernel
                && staged.toAbsolutePath().toString().equals(kernel.get("data_path"))) {
            ((Map<String, Object>) kernel).put("data_path", committed.toAbsolutePath().toString());
        }
    }
}
