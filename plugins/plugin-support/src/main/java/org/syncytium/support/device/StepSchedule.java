package org.syncytium.support.device;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.syncytium.api.error.BadPropertyException;

/**
 * A value that changes at given times, as NEST's step_current_generator and
 * inhomogeneous_poisson_generator hold their amplitude or rate: 0 until the first time, then each
 * listed value from its time on, lasting across runs. Times are absolute, strictly positive and
 * strictly increasing once placed on the grid through the kernel's tics (NEST's tics_per_ms): on the grid, or
 * with {@code allow_offgrid_times} moved to the end of their step (NEST's {@code ms_stamp}). The
 * value for time t is taken from the step that ends at t (devices run one step ahead), and new
 * lists start again from their first entry, skipping times already past.
 */
public final class StepSchedule {

    /** NEST's default tics_per_ms, the grain in which it represents times, for callers given none. */
    public static final double DEFAULT_TICS_PER_MS = 1000.0;

    private long[] stamps = new long[0];
    private double[] values = new double[0];
    /** The next change not yet taken (NEST's idx_). */
    private int next;
    private double value;

    /**
     * Places {@code times} on the grid of {@code h} ms, through tics of 1/{@code ticsPerMs} ms, with
     * their {@code newValues} and returns the times as placed (ms), for reading back; nothing changes
     * if they are refused.
     *
     * @throws BadPropertyException naming {@code owner} and the key of the list at fault
     */
    public List<Double> prepare(String owner, String timesKey, String valuesKey, List<Double> times,
            List<Double> newValues, boolean allowOffgrid, double h, double ticsPerMs) {
        if (times.size() != newValues.size()) {
            throw new BadPropertyException(owner, valuesKey, "a list of " + newValues.size(), "must be as long as "
                    + timesKey + " (" + times.size() + "): the times and values are set together");
        }
        TicGrid grid = new TicGrid(h, ticsPerMs);
        long[] placed = new long[times.size()];
        long previous = 0;
        for (int k = 0; k < placed.length; k++) {
            double t = times.get(k);
            if (!(t > 0)) {
                throw new BadPropertyException(owner, timesKey, t, "must be > 0 ms: the value can only change at"
                        + " strictly positive times");
            }
            long tics = grid.tics(t);
            long step;
            if (grid.onGrid(tics)) {
                step = grid.steps(tics);
            } else if (allowOffgrid) {
                step = grid.stampSteps(t);
            } else {
                throw new BadPropertyException(owner, timesKey, t, "is not representable on the grid: not a multiple"
                        + " of the resolution " + h + " ms (set allow_offgrid_times to move it to the end of its step)");
            }
            if (step <= previous) {
                throw new BadPropertyException(owner, timesKey, t, "must fall on a later step than the time before it:"
                        + " the times must be strictly increasing");
            }
            placed[k] = step;
            previous = step;
        }
        stamps = placed;
        values = newValues.stream().mapToDouble(Double::doubleValue).toArray();
        return Arrays.stream(placed).mapToObj(grid::ms).toList();
    }

    /**
     * NEST's rules for one status dictionary ({@code converted}: the entries, converted) of a device
     * with a schedule: times and values are set together, and {@code allow_offgrid_times} changes only
     * with new times or while there are none (the times already placed followed the old value).
     *
     * @param offgrid  the device's current {@code allow_offgrid_times}
     * @param hasTimes true if times are set already
     * @throws BadPropertyException naming the entry at fault
     */
    public static void checkChange(String owner, String timesKey, String valuesKey, String offgridKey,
            Map<String, ?> converted, boolean offgrid, boolean hasTimes) {
        boolean times = converted.containsKey(timesKey);
        boolean values = converted.containsKey(valuesKey);
        Object flag = converted.get(offgridKey);
        if (flag != null && !flag.equals(offgrid) && !times && hasTimes) {
            throw new BadPropertyException(owner, offgridKey, flag, "can only change together with " + timesKey
                    + " or while none are set (the times set were placed by the old value)");
        }
        if (times != values) {
            String given = times ? timesKey : valuesKey;
            throw new BadPropertyException(owner, given, converted.get(given), "must be set together with "
                    + (times ? valuesKey : timesKey) + ": times and values are reset together");
        }
    }

    /** Starts again from the first change (new lists were set); the current value stays. */
    public void restart() {
        next = 0;
    }

    /** Skips the changes at or before {@code first}, the first step of an emission (they are past). */
    public void skipPast(long first) {
        while (next < stamps.length && stamps[next] <= first) {
            next++;
        }
    }

    /** The value to send at {@code step}, taking the change due at its end. */
    public double at(long step) {
        if (next < stamps.length && step + 1 == stamps[next]) {
            value = values[next++];
        }
        return value;
    }
}
