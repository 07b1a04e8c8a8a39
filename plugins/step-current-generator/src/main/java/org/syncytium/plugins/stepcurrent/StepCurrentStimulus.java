package org.syncytium.plugins.stepcurrent;

import static org.syncytium.plugins.stepcurrent.StepCurrentGenerator.ALLOW_OFFGRID;
import static org.syncytium.plugins.stepcurrent.StepCurrentGenerator.TIMES;
import static org.syncytium.plugins.stepcurrent.StepCurrentGenerator.VALUES;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;

/**
 * One {@code step_current_generator} node. The kernel sets a parameter dictionary key by key, so
 * the two lists are checked against each other, and the times against the grid, when a run is
 * prepared. Times are turned into steps through NEST's tics (1000 per ms): on the grid means a whole
 * number of steps in tics.
 */
final class StepCurrentStimulus implements Stimulus {

    private static final String OWNER = StepCurrentGenerator.NAME;
    /** NEST's default tics_per_ms, the grain in which it represents times. */
    private static final double TICS_PER_MS = 1000.0;

    private List<Double> times = List.of();
    private List<Double> values = List.of();
    private boolean allowOffgrid;
    private final DeviceWindow window = new DeviceWindow();
    /** The change times in steps, after {@link #prepare}. */
    private long[] stamps = new long[0];
    private double[] levels = new double[0];
    /** The next change not yet taken (NEST's idx_), back to 0 whenever a list is set. */
    private int next;
    /** The current level in pA; it lasts across runs, as NEST's. */
    private double level;

    @Override
    public Object get(String name) {
        StepCurrentGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case TIMES -> times;
            case VALUES -> values;
            case ALLOW_OFFGRID -> allowOffgrid;
            default -> window.get(name);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(String name, Object value) {
        Object v = StepCurrentGenerator.PARAMETERS.convert(OWNER, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, (Double) v);
            return;
        }
        switch (name) {
            case TIMES -> {
                times = List.copyOf(finite(name, (List<Double>) v));
                next = 0;
            }
            case VALUES -> {
                values = List.copyOf(finite(name, (List<Double>) v));
                next = 0;
            }
            default -> allowOffgrid = (Boolean) v;
        }
    }

    private static List<Double> finite(String name, List<Double> list) {
        for (double x : list) {
            if (!Double.isFinite(x)) {
                throw new BadPropertyException(OWNER, name, list, "must hold finite numbers only (" + x + ")");
            }
        }
        return list;
    }

    @Override
    public void prepare(double h) {
        window.prepare(OWNER, h);
        if (times.size() != values.size()) {
            throw new BadPropertyException(OWNER, VALUES, "a list of " + values.size(), "must be as long as "
                    + TIMES + " (" + times.size() + "): amplitude times and values are set together");
        }
        long ticsPerStep = Math.round(h * TICS_PER_MS);
        long[] prepared = new long[times.size()];
        long previous = 0;
        for (int k = 0; k < prepared.length; k++) {
            double t = times.get(k);
            if (!(t > 0)) {
                throw new BadPropertyException(OWNER, TIMES, t, "must be > 0 ms: the amplitude can only change at"
                        + " strictly positive times");
            }
            long tics = Math.round(t * TICS_PER_MS);
            long step;
            if (tics % ticsPerStep == 0) {
                step = tics / ticsPerStep;
            } else if (allowOffgrid) {
                // NEST's ms_stamp: the end of the step in which t lies
                step = (long) (t * TICS_PER_MS) / ticsPerStep;
                if (step * h < t) {
                    step++;
                }
            } else {
                throw new BadPropertyException(OWNER, TIMES, t, "is not a multiple of the resolution " + h
                        + " ms (set allow_offgrid_times to move it to the end of its step)");
            }
            if (step <= previous) {
                throw new BadPropertyException(OWNER, TIMES, t, "must fall on a later step than the time before it:"
                        + " amplitude times must be strictly increasing");
            }
            prepared[k] = step;
            previous = step;
        }
        stamps = prepared;
        // read back as NEST shows them: the times of their steps (an off-grid time moved up)
        times = Arrays.stream(prepared).mapToObj(step -> step * ticsPerStep / TICS_PER_MS).toList();
        levels = values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        // changes at or before the first step are past (NEST sends each level one step ahead)
        long first = originStep + firstStep;
        while (next < stamps.length && stamps[next] <= first) {
            next++;
        }
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            if (next < stamps.length && step + 1 == stamps[next]) {
                level = levels[next++];
            }
            // NEST's current generators are active at step T iff t_min < T + 2 <= t_max
            if (step < window.tMin() - 1 || step >= window.tMax() - 1) {
                continue;
            }
            for (int t = 0; t < targets; t++) {
                out.current(t, l, level);
            }
        }
    }
}
