package org.syncytium.plugins.spikegen;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;

/**
 * One {@code spike_generator} node. The times are checked and turned into steps when a run is
 * prepared (the grid is known then); per slice a binary search finds the spikes stamped inside it,
 * so changing {@code origin} or the times between runs needs no other state.
 */
final class SpikeTrain implements Stimulus {

    private static final String OWNER = SpikeGenerator.NAME;
    /** A time within this many steps of the grid counts as on it (decimal ms such as 0.3 at h = 0.1). */
    private static final double GRID_TOLERANCE = 1e-9;

    private List<Double> times = List.of();
    private List<Double> weights = List.of();
    private List<Double> multiplicities = List.of();
    private boolean allowOffgrid;
    private boolean precise;
    private boolean shiftNow;
    private final DeviceWindow window = new DeviceWindow();

    /** Stamps (steps, origin included) of the prepared run, ascending. */
    private long[] stamps = new long[0];
    private double[] factors;
    private int[] counts;

    @Override
    public Object get(String name) {
        SpikeGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case SpikeGenerator.SPIKE_TIMES -> times;
            case SpikeGenerator.SPIKE_WEIGHTS -> weights;
            case SpikeGenerator.SPIKE_MULTIPLICITIES -> multiplicities;
            case SpikeGenerator.ALLOW_OFFGRID_TIMES -> allowOffgrid;
            case SpikeGenerator.PRECISE_TIMES -> precise;
            case SpikeGenerator.SHIFT_NOW_SPIKES -> shiftNow;
            default -> window.get(name);
        };
    }

    @SuppressWarnings("unchecked")
    @Override
    public void set(String name, Object value) {
        Object v = SpikeGenerator.PARAMETERS.convert(OWNER, name, value);
        switch (name) {
            case SpikeGenerator.SPIKE_TIMES -> times = checkedTimes((List<Double>) v);
            case SpikeGenerator.SPIKE_WEIGHTS -> weights = finite(name, (List<Double>) v);
            case SpikeGenerator.SPIKE_MULTIPLICITIES -> multiplicities = counts(name, (List<Double>) v);
            case SpikeGenerator.ALLOW_OFFGRID_TIMES -> allowOffgrid = (Boolean) v;
            case SpikeGenerator.PRECISE_TIMES -> precise = notProvided(name, (Boolean) v);
            case SpikeGenerator.SHIFT_NOW_SPIKES -> shiftNow = notProvided(name, (Boolean) v);
            default -> window.set(OWNER, name, (Double) v);
        }
    }

    private static List<Double> checkedTimes(List<Double> values) {
        for (int k = 0; k < values.size(); k++) {
            double t = values.get(k);
            if (!Double.isFinite(t) || t < 0) {
                throw new BadPropertyException(OWNER, SpikeGenerator.SPIKE_TIMES, t, "must be finite times >= 0 ms");
            }
            if (t == 0.0) {
                throw new BadPropertyException(OWNER, SpikeGenerator.SPIKE_TIMES, t, "is not allowed: a spike time cannot be set"
                        + " to 0, as in NEST (the first step's spikes are stamped h)");
            }
            if (k > 0 && values.get(k - 1) > t) {
                throw new BadPropertyException(OWNER, SpikeGenerator.SPIKE_TIMES, t,
                        "must be sorted in non-descending order (" + values.get(k - 1) + " comes before it)");
            }
        }
        return values;
    }

    private static List<Double> finite(String name, List<Double> values) {
        for (double w : values) {
            if (!Double.isFinite(w)) {
                throw new BadPropertyException(OWNER, name, w, "must hold finite numbers");
            }
        }
        return values;
    }

    private static List<Double> counts(String name, List<Double> values) {
        for (double m : values) {
            if (m != Math.rint(m) || m < 0 || m > Integer.MAX_VALUE) {
                throw new BadPropertyException(OWNER, name, m, "must hold whole numbers >= 0");
            }
        }
        return values;
    }

    private static boolean notProvided(String name, boolean value) {
        if (value) {
            throw new BadPropertyException(OWNER, name, true, "must be false: not provided by Syncytium's "
                    + OWNER + " (spikes are on the time grid)");
        }
        return false;
    }

    @Override
    public void prepare(double resolution) {
        window.prepare(OWNER, resolution);
        int n = times.size();
        checkLength(SpikeGenerator.SPIKE_WEIGHTS, weights.size(), n);
        checkLength(SpikeGenerator.SPIKE_MULTIPLICITIES, multiplicities.size(), n);
        long originSteps = Math.round((Double) window.get("origin") / resolution);
        long[] prepared = new long[n];
        for (int k = 0; k < n; k++) {
            double t = times.get(k);
            double steps = t / resolution;
            long nearest = Math.round(steps);
            if (Math.abs(steps - nearest) > GRID_TOLERANCE * Math.max(1.0, Math.abs(steps))) {
                if (!allowOffgrid) {
                    throw new BadPropertyException(OWNER, SpikeGenerator.SPIKE_TIMES, t, "is not a multiple of the"
                            + " resolution " + resolution + " ms (set allow_offgrid_times to move it up to the grid)");
                }
                nearest = (long) Math.ceil(steps);
            }
            prepared[k] = originSteps + nearest;
        }
        stamps = prepared;
        factors = weights.isEmpty() ? null : weights.stream().mapToDouble(Double::doubleValue).toArray();
        counts = multiplicities.isEmpty() ? null : multiplicities.stream().mapToInt(Double::intValue).toArray();
    }

    private static void checkLength(String name, int length, int n) {
        if (length != 0 && length != n) {
            throw new BadPropertyException(OWNER, name, "a list of " + length, "must be empty or as long as"
                    + " spike_times (" + n + ")");
        }
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        // the spikes stamped in (origin + first, origin + end]: emitted at l = stamp - origin - 1
        long after = originStep + firstStep;
        int k = firstAfter(after);
        int targets = out.targetCount();
        for (; k < stamps.length && stamps[k] <= originStep + endStep; k++) {
            long stamp = stamps[k];
            if (stamp <= window.tMin() || stamp > window.tMax()) {
                continue;
            }
            int multiplicity = counts == null ? 1 : counts[k];
            if (multiplicity == 0) {
                continue;
            }
            int l = (int) (stamp - originStep - 1);
            for (int t = 0; t < targets; t++) {
                if (factors == null) {
                    out.spikes(t, l, multiplicity);
                } else {
                    out.spikes(t, l, multiplicity, factors[k]);
                }
            }
        }
    }

    /** Index of the first stamp greater than {@code step}. */
    private int firstAfter(long step) {
        int at = Arrays.binarySearch(stamps, step + 1);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && stamps[at - 1] == step + 1) {
            at--;
        }
        return at;
    }
}
