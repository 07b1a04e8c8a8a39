package org.syncytium.core.plan;

/**
 * min_delay and max_delay in steps, as NEST computes them: over all delayed connections (device
 * and recorder connections included) and, if gap junctions exist, the coupling solver's
 * communication interval, which enters as if it were a delay (NEST's wfr_comm_interval). With no
 * connections at all, NEST's default delay of 1.0 ms.
 */
public final class DelayExtrema {
    static final double DEFAULT_DELAY_MS = 1.0;

    private DelayExtrema() {
    }

    /**
     * @param spikeMin smallest delay in steps, -1 if there are no delayed connections
     * @param comm     the solver's interval in steps, -1 if there are no gap junctions (or no solver)
     */
    public static int min(int spikeMin, int comm, double resolution) {
        if (spikeMin < 0 && comm < 0) {
            return defaultSteps(resolution);
        }
        if (spikeMin < 0) {
            return comm;
        }
        return comm < 0 ? spikeMin : Math.min(spikeMin, comm);
    }

    /** Like {@link #min}, the largest. */
    public static int max(int spikeMax, int comm, double resolution) {
        if (spikeMax < 0 && comm < 0) {
            return defaultSteps(resolution);
        }
        return Math.max(spikeMax, comm);
    }

    public static int defaultSteps(double resolution) {
        return (int) Math.max(1, Math.round(DEFAULT_DELAY_MS / resolution));
    }

    /** An interval in ms as whole steps, at least one. */
    public static int steps(double ms, double resolution) {
        return (int) Math.max(1, Math.round(ms / resolution));
    }
}
