package org.syncytium.core.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.syncytium.core.settings.KernelKeys;

/**
 * NEST's construction and simulation stopwatches of one simulator, in seconds of wall time: creating
 * and connecting add up over the simulator's life ({@code time_construction_create},
 * {@code time_construction_connect}), {@code time_simulate} is the latest {@code simulate} call, as
 * NEST resets it at every Simulate. A {@link System#nanoTime()} pair per call.
 */
final class Stopwatches {
    private long create;
    private long connect;
    private long simulate;

    void addCreate(long nanos) {
        create += nanos;
    }

    void addConnect(long nanos) {
        connect += nanos;
    }

    void setSimulate(long nanos) {
        simulate = nanos;
    }

    Map<String, Double> seconds() {
        Map<String, Double> times = new LinkedHashMap<>();
        times.put(KernelKeys.TIME_CONSTRUCTION_CREATE, create * 1e-9);
        times.put(KernelKeys.TIME_CONSTRUCTION_CONNECT, connect * 1e-9);
        times.put(KernelKeys.TIME_SIMULATE, simulate * 1e-9);
        return times;
    }
}
