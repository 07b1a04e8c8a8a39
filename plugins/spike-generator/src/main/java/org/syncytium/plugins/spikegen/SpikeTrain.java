package org.syncytium.plugins.spikegen;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.StepSchedule;
import org.syncytium.support.device.TicGrid;

/**
 * One {@code spike_generator} node. Times are placed on the grid when they are set, as NEST places
 * them (the kernel's clock gives the grid and the current step; without one, when a run is
 * prepared); per slice a binary search finds the spikes stamped inside it, so changing
 * {@code origin} between runs needs no other state.
 */
final class SpikeTrain implements Stimulus {

    /** The model whose node this is, for messages, and its parameters. */
    private final String owner;
    private final ParameterSchema schema;

    private DeviceClock clock;
    private List<Double> times = List.of();
    private List<Double> weights = List.of();
    private List<Double> multiplicities = List.of();
    private SpikeFlags flags = SpikeFlags.DEFAULT;
    private final DeviceWindow window = new DeviceWindow();
    /** The times on the grid (NONE: no times; null: set without a clock, placed when a run is prepared). */
    private SpikeStamps placed = SpikeStamps.NONE;

    /** Stamps (steps, origin included) of the prepared run, ascending. */
    private long[] stamps = new long[0];
    private double[] factors;
    private int[] counts;

    /** A {@code spike_generator} node. */
    SpikeTrain() {
        this(SpikeGenerator.NAME, SpikeGenerator.PARAMETERS);
    }

    /** The spike train of a node of {@code owner}, whose parameters are {@code schema} (a subset of the generator's). */
    SpikeTrain(String owner, ParameterSchema schema) {
        this.owner = owner;
        this.schema = schema;
    }

    /** A copy to try new values on (the prepared stamps are not copied: a copy is prepared before it runs). */
    SpikeTrain copy() {
        SpikeTrain copy = new SpikeTrain(owner, schema);
        copy.clock = clock;
        copy.times = times;
        copy.weights = weights;
        copy.multiplicities = multiplicities;
        copy.flags = flags;
        copy.window.assign(window);
        copy.placed = placed;
        return copy;
    }

    @Override
    public void attach(DeviceClock deviceClock) {
        this.clock = deviceClock;
    }

    @Override
    public Object get(String name) {
        schema.require(owner, name);
        if (SpikeFlags.owns(name)) {
            return flags.get(name);
        }
        return switch (name) {
            case SpikeGenerator.SPIKE_TIMES -> placed != null && placed.grid() != null ? placed.times() : times;
            case SpikeGenerator.SPIKE_WEIGHTS -> weights;
            case SpikeGenerator.SPIKE_MULTIPLICITIES -> multiplicities;
            default -> window.get(name);
        };
    }

    @Override
    public void set(String name, Object value) {
        set(Map.of(name, value));
    }

    /**
     * NEST's rules for one dictionary: the flags govern the times given with them, so flags change only
     * with new times or while there are none; everything is checked before anything changes.
     */
    @Override
    @SuppressWarnings("unchecked")
    public void set(Map<String, ?> values) {
        Map<String, Object> converted = new LinkedHashMap<>();
        values.forEach((name, value) -> converted.put(name, schema.convert(owner, name, value)));
        SpikeFlags newFlags = flags;
        for (Map.Entry<String, Object> entry : converted.entrySet()) {
            if (SpikeFlags.owns(entry.getKey())) {
                newFlags = newFlags.with(entry.getKey(), (Boolean) entry.getValue());
            }
        }
        newFlags.checked();
        boolean newTimes = converted.containsKey(SpikeGenerator.SPIKE_TIMES);
        if (!newFlags.equals(flags) && !newTimes && !times.isEmpty()) {
            String changed = converted.keySet().stream().filter(SpikeFlags::owns).findFirst().orElseThrow();
            throw new BadPropertyException(owner, changed, converted.get(changed), "can only change together with"
                    + " spike_times or while no spike times are set (they were placed on the grid by it)");
        }
        List<Double> newTimeList = newTimes ? checkedTimes(owner, (List<Double>) converted.get(SpikeGenerator.SPIKE_TIMES),
                newFlags)
                : times;
        List<Double> newWeights = converted.containsKey(SpikeGenerator.SPIKE_WEIGHTS)
                ? sized(owner, SpikeGenerator.SPIKE_WEIGHTS, finite(owner, (List<Double>) converted.get(SpikeGenerator.SPIKE_WEIGHTS)),
                        newTimeList.size())
                : weights;
        List<Double> newCounts = converted.containsKey(SpikeGenerator.SPIKE_MULTIPLICITIES)
                ? sized(owner, SpikeGenerator.SPIKE_MULTIPLICITIES,
                        counts(owner, (List<Double>) converted.get(SpikeGenerator.SPIKE_MULTIPLICITIES)), newTimeList.size())
                : multiplicities;
        DeviceWindow newWindow = window.copy();
        for (Map.Entry<String, Object> entry : converted.entrySet()) {
            if (DeviceWindow.owns(entry.getKey())) {
                newWindow.set(owner, entry.getKey(), (Double) entry.getValue());
            }
        }
        SpikeStamps newPlaced = placed;
        if (clock != null && (newTimes || !newFlags.equals(flags))) {
            TicGrid grid = new TicGrid(clock.resolution(), clock.ticsPerMs());
            long originSteps = Math.round(newWindow.get("origin") / grid.resolution()); // on the grid (checked)
            newPlaced = SpikeStamps.place(owner, newTimeList, newFlags, grid, originSteps, clock.currentStep());
        } else if (newTimes) {
            newPlaced = null; // placed when a run is prepared
        }
        flags = newFlags;
        times = newTimeList;
        weights = newWeights;
        multiplicities = newCounts;
        window.assign(newWindow);
        placed = newPlaced;
    }

    private static List<Double> checkedTimes(String owner, List<Double> values, SpikeFlags flags) {
        for (int k = 0; k < values.size(); k++) {
            double t = values.get(k);
            if (!Double.isFinite(t) || t < 0) {
                throw new BadPropertyException(owner, SpikeGenerator.SPIKE_TIMES, t, "must be finite times >= 0 ms");
            }
            if (t == 0.0 && !flags.shiftNow()) {
                throw SpikeStamps.zero(owner, t);
            }
            if (k > 0 && values.get(k - 1) > t) {
                throw new BadPropertyException(owner, SpikeGenerator.SPIKE_TIMES, t,
                        "must be sorted in non-descending order (" + values.get(k - 1) + " comes before it)");
            }
        }
        return List.copyOf(values);
    }

    private static List<Double> finite(String owner, List<Double> values) {
        for (double w : values) {
            if (!Double.isFinite(w)) {
                throw new BadPropertyException(owner, SpikeGenerator.SPIKE_WEIGHTS, w, "must hold finite numbers");
            }
        }
        return List.copyOf(values);
    }

    private static List<Double> counts(String owner, List<Double> values) {
        for (double m : values) {
            if (m != Math.rint(m) || m < 0 || m > Integer.MAX_VALUE) {
                throw new BadPropertyException(owner, SpikeGenerator.SPIKE_MULTIPLICITIES, m,
                        "must hold whole numbers >= 0");
            }
        }
        return List.copyOf(values);
    }

    /** NEST checks a list of weights or multiplicities against the times when it is set. */
    private static List<Double> sized(String owner, String name, List<Double> values, int n) {
        checkLength(owner, name, values.size(), n);
        return values;
    }

    @Override
    public void prepare(double resolution) {
        prepare(resolution, StepSchedule.DEFAULT_TICS_PER_MS);
    }

    @Override
    public void prepare(double resolution, double ticsPerMs) {
        window.prepare(owner, resolution);
        int n = times.size();
        checkLength(owner, SpikeGenerator.SPIKE_WEIGHTS, weights.size(), n);
        checkLength(owner, SpikeGenerator.SPIKE_MULTIPLICITIES, multiplicities.size(), n);
        long originSteps = Math.round((Double) window.get("origin") / resolution);
        if (placed == null || placed.grid() == null && n > 0 || placed.grid() != null
                && placed.grid().resolution() != resolution) {
            // set without a clock (or on another grid): placed now, as at time 0
            placed = SpikeStamps.place(owner, times, flags, new TicGrid(resolution, ticsPerMs), originSteps, 0);
        }
        long[] prepared = new long[n];
        for (int k = 0; k < n; k++) {
            prepared[k] = originSteps + placed.steps()[k];
        }
        stamps = prepared;
        factors = weights.isEmpty() ? null : weights.stream().mapToDouble(Double::doubleValue).toArray();
        counts = multiplicities.isEmpty() ? null : multiplicities.stream().mapToInt(Double::intValue).toArray();
    }

    private static void checkLength(String owner, String name, int length, int n) {
        if (length != 0 && length != n) {
            throw new BadPropertyException(owner, name, "a list of " + length, "must be empty or as long as"
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
            double factor = factors == null ? 1.0 : factors[k];
            double offset = placed.offset(k);
            for (int t = 0; t < targets; t++) {
                if (offset != 0.0) {
                    out.spikes(t, l, multiplicity, factor, offset);
                } else if (factors == null) {
                    out.spikes(t, l, multiplicity);
                } else {
                    out.spikes(t, l, multiplicity, factor);
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
