package org.syncytium.plugins.stepcurrent;

import static org.syncytium.plugins.stepcurrent.StepCurrentGenerator.ALLOW_OFFGRID;
import static org.syncytium.plugins.stepcurrent.StepCurrentGenerator.TIMES;
import static org.syncytium.plugins.stepcurrent.StepCurrentGenerator.VALUES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.StepSchedule;

/**
 * One {@code step_current_generator} node: its current follows a {@link StepSchedule}. The kernel
 * sets a parameter dictionary key by key, so the two lists are checked against each other, and the
 * times against the grid, when a run is prepared.
 */
final class StepCurrentStimulus implements Stimulus {

    private static final String OWNER = StepCurrentGenerator.NAME;

    private List<Double> times = List.of();
    private List<Double> values = List.of();
    private boolean allowOffgrid;
    private final DeviceWindow window = new DeviceWindow();
    private final StepSchedule schedule = new StepSchedule();
    /** The kernel's clock: times are placed, and refused, when they are set (null: when a run is prepared). */
    private DeviceClock clock;

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
    public void attach(DeviceClock deviceClock) {
        this.clock = deviceClock;
    }

    /**
     * One status dictionary, checked as NEST checks it when it is set: times with values, the flag with
     * them, the times on the kernel's grid. Nothing changes if it is refused.
     */
    @Override
    public void set(Map<String, ?> entries) {
        Map<String, Object> converted = new LinkedHashMap<>();
        entries.forEach((name, value) -> converted.put(name, StepCurrentGenerator.PARAMETERS.convert(OWNER, name, value)));
        StepSchedule.checkChange(OWNER, TIMES, VALUES, ALLOW_OFFGRID, converted, allowOffgrid, !times.isEmpty());
        List<Double> oldTimes = times;
        List<Double> oldValues = values;
        boolean oldOffgrid = allowOffgrid;
        DeviceWindow oldWindow = window.copy();
        try {
            converted.forEach(this::set);
            if (clock != null && converted.containsKey(TIMES)) {
                times = schedule.prepare(OWNER, TIMES, VALUES, times, values, allowOffgrid, clock.resolution(),
                        clock.ticsPerMs());
            }
        } catch (RuntimeException e) {
            times = oldTimes;
            values = oldValues;
            allowOffgrid = oldOffgrid;
            window.assign(oldWindow);
            throw e;
        }
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
                schedule.restart();
            }
            case VALUES -> {
                values = List.copyOf(finite(name, (List<Double>) v));
                schedule.restart();
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
        prepare(h, StepSchedule.DEFAULT_TICS_PER_MS);
    }

    @Override
    public void prepare(double h, double ticsPerMs) {
        window.prepare(OWNER, h);
        times = schedule.prepare(OWNER, TIMES, VALUES, times, values, allowOffgrid, h, ticsPerMs);
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        schedule.skipPast(originStep + firstStep);
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            double level = schedule.at(step);
            // NEST's current generators are active at step T iff t_min < T + 2 <= t_max
            boolean active = step >= window.tMin() - 1 && step < window.tMax() - 1;
            if (out.sampled(l)) {
                out.record(l, 0, active ? level : 0.0); // I, what this step sends
            }
            if (!active) {
                continue;
            }
            for (int t = 0; t < targets; t++) {
                out.current(t, l, level);
            }
        }
    }
}
