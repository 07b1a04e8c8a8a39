package org.syncytium.core.settings;

import org.syncytium.api.error.BadPropertyException;

/**
 * The delay extrema a user set before connecting (NEST's {@code min_delay} and {@code max_delay} in
 * one SetKernelStatus call), in steps of the resolution. While they are set they are the run's
 * min_delay and max_delay whatever the connections are, and every delay must lie between them.
 *
 * @param minSteps min_delay in steps, at least 1
 * @param maxSteps max_delay in steps, at least {@code minSteps}
 */
public record DelayBounds(int minSteps, int maxSteps) {
    private static final String OWNER = "kernel";
    /** Relative slack below which a ratio counts as a whole number of steps (decimal ms are inexact). */
    private static final double WHOLE = 1e-9;

    /**
     * Rounds the requested extrema to the grid as NEST does: min_delay down, max_delay up, so that
     * every delay the user meant stays inside.
     *
     * @param minMs min_delay in ms
     * @param maxMs max_delay in ms
     * @param h     the resolution in ms
     * @throws BadPropertyException if min_delay is below one step or above max_delay
     */
    public static DelayBounds round(double minMs, double maxMs, double h) {
        for (double value : new double[] {minMs, maxMs}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new BadPropertyException(OWNER, value == minMs ? KernelKeys.MIN_DELAY : KernelKeys.MAX_DELAY,
                        value, "must be a positive number of ms");
            }
        }
        long min = steps(minMs / h, false);
        long max = steps(maxMs / h, true);
        if (min < 1) {
            throw new BadPropertyException(OWNER, KernelKeys.MIN_DELAY, minMs, "must be at least the resolution ("
                    + h + " ms)");
        }
        if (max < min) {
            throw new BadPropertyException(OWNER, KernelKeys.MIN_DELAY, minMs, "must not exceed max_delay ("
                    + maxMs + " ms)");
        }
        if (max > Integer.MAX_VALUE / 4) {
            throw new BadPropertyException(OWNER, KernelKeys.MAX_DELAY, maxMs, "is too long");
        }
        return new DelayBounds((int) min, (int) max);
    }

    private static long steps(double ratio, boolean up) {
        long nearest = Math.round(ratio);
        if (Math.abs(ratio - nearest) <= WHOLE * Math.max(1.0, ratio)) {
            return nearest;
        }
        return (long) (up ? Math.ceil(ratio) : Math.floor(ratio));
    }

    /**
     * Refuses a delay outside the extrema, as NEST's delay checker does.
     *
     * @param owner   the synapse model or connection the delay belongs to, for the message
     * @param delayMs the delay as given, in ms
     * @param steps   the delay in steps
     * @param h       the resolution in ms
     */
    public void check(String owner, double delayMs, int steps, double h) {
        if (steps < minSteps) {
            throw new BadPropertyException(owner, "delay", delayMs, "must be at least min_delay (" + minSteps * h
                    + " ms), which was set before connecting");
        }
        if (steps > maxSteps) {
            throw new BadPropertyException(owner, "delay", delayMs, "must be at most max_delay (" + maxSteps * h
                    + " ms), which was set before connecting");
        }
    }
}
