package org.syncytium.core.schedule;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.syncytium.core.settings.KernelKeys;

/**
 * Wall-clock time the kernel spent per phase of the slice loop over the simulator's lifetime, in
 * seconds, as read-only kernel status (NEST reports {@code time_update} and friends the same way).
 * It shows where a run's time goes, e.g. the share of the gap-junction exchange in a WFR iteration.
 * A few {@link System#nanoTime()} calls per slice; nothing per neuron.
 */
@Singleton
public final class PhaseTimes {

    private long deliver;
    private long trial;
    private long exchange;
    private long update;
    private long route;
    private long communicate;
    private long workerWait;

    void addDeliver(long nanos) {
        deliver += nanos;
    }

    void addTrial(long nanos) {
        trial += nanos;
    }

    void addExchange(long nanos) {
        exchange += nanos;
    }

    void addUpdate(long nanos) {
        update += nanos;
    }

    void addRoute(long nanos) {
        route += nanos;
    }

    void addCommunicate(long nanos) {
        communicate += nanos;
    }

    void addWorkerWait(long nanos) {
        workerWait += nanos;
    }

    /** The times in seconds by status key. */
    public Map<String, Double> seconds() {
        Map<String, Double> times = new LinkedHashMap<>();
        times.put(KernelKeys.TIME_DELIVER, deliver * 1e-9);
        times.put(KernelKeys.TIME_WFR_TRIAL, trial * 1e-9);
        times.put(KernelKeys.TIME_GAP_EXCHANGE, exchange * 1e-9);
        times.put(KernelKeys.TIME_UPDATE, update * 1e-9);
        times.put(KernelKeys.TIME_ROUTE, route * 1e-9);
        times.put(KernelKeys.TIME_COMMUNICATE, communicate * 1e-9);
        times.put(KernelKeys.TIME_THREAD_WAIT, workerWait * 1e-9);
        return times;
    }
}
