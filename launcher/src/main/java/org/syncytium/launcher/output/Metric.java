package org.syncytium.launcher.output;

import java.util.Map;

import org.syncytium.launcher.scenario.RunResult;

/**
 * One or more named numbers computed from a finished run for {@code summary.json} and
 * {@code sweep.csv}. New measures (e.g. from a new recorder plugin) are added by registering a
 * metric with {@link SummaryBuilder#with(Metric)}; nothing else changes.
 */
@FunctionalInterface
public interface Metric {

    /** Named values, in the order they should appear; empty if the run has nothing to measure. */
    Map<String, Object> compute(RunResult run);
}
