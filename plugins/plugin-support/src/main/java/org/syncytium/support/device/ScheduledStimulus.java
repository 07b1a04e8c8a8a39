package org.syncytium.support.device;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;

/**
 * A device whose value follows a {@link StepSchedule} of times and values with
 * {@code allow_offgrid_times} and NEST's window (NEST's step_current_generator and
 * inhomogeneous_poisson_generator): the parameters, and NEST's rules for a status dictionary, in one
 * place. A dictionary is checked when it is set, as NEST checks it: times with values, the flag only
 * with new times or while there are none, the times on the kernel's grid (and, where the subclass asks,
 * after the time simulated); nothing changes if it is refused. Subclasses emit.
 */
public abstract class ScheduledStimulus implements Stimulus {

    protected final DeviceWindow window = new DeviceWindow();
    protected final StepSchedule schedule = new StepSchedule();
    private final String owner;
    private final ParameterSchema schema;
    private final String timesKey;
    private final String valuesKey;
    private final String offgridKey;
    private List<Double> times = List.of();
    private List<Double> values = List.of();
    private boolean allowOffgrid;
    /** The kernel's clock: times are placed, and refused, when they are set (null: when a run is prepared). */
    private DeviceClock clock;

    protected ScheduledStimulus(String owner, ParameterSchema schema, String timesKey, String valuesKey,
            String offgridKey) {
        this.owner = owner;
        this.schema = schema;
        this.timesKey = timesKey;
        this.valuesKey = valuesKey;
        this.offgridKey = offgridKey;
    }

    /** Checks a new list of values (finite, and whatever the device requires); returns it. */
    protected abstract List<Double> checkValues(List<Double> newValues);

    /** True if the times must lie after the time simulated when they are set (NEST's rate generator). */
    protected boolean timesInTheFuture() {
        return false;
    }

    @Override
    public void attach(DeviceClock deviceClock) {
        this.clock = deviceClock;
    }

    @Override
    public Object get(String name) {
        schema.require(owner, name);
        if (name.equals(timesKey)) {
            return times;
        }
        if (name.equals(valuesKey)) {
            return values;
        }
        return name.equals(offgridKey) ? allowOffgrid : window.get(name);
    }

    @Override
    public void set(Map<String, ?> entries) {
        Map<String, Object> converted = new LinkedHashMap<>();
        entries.forEach((name, value) -> converted.put(name, schema.convert(owner, name, value)));
        StepSchedule.checkChange(owner, timesKey, valuesKey, offgridKey, converted, allowOffgrid, !times.isEmpty());
        List<Double> oldTimes = times;
        List<Double> oldValues = values;
        boolean oldOffgrid = allowOffgrid;
        DeviceWindow oldWindow = window.copy();
        try {
            converted.forEach(this::set);
            if (clock != null && converted.containsKey(timesKey)) {
                if (timesInTheFuture()) {
                    checkFuture(clock.currentStep() * clock.resolution());
                }
                times = schedule.prepare(owner, timesKey, valuesKey, times, values, allowOffgrid, clock.resolution(),
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

    private void checkFuture(double now) {
        for (double t : times) {
            if (t <= now) {
                throw new BadPropertyException(owner, timesKey, t, "must lie strictly in the future (after " + now
                        + " ms, the time simulated)");
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(String name, Object value) {
        Object v = schema.convert(owner, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(owner, name, (Double) v);
        } else if (name.equals(timesKey)) {
            times = List.copyOf(finite(name, (List<Double>) v));
            schedule.restart();
        } else if (name.equals(valuesKey)) {
            values = List.copyOf(checkValues(finite(name, (List<Double>) v)));
            schedule.restart();
        } else {
            allowOffgrid = (Boolean) v;
        }
    }

    private List<Double> finite(String name, List<Double> list) {
        for (double x : list) {
            if (!Double.isFinite(x)) {
                throw new BadPropertyException(owner, name, list, "must hold finite numbers only (" + x + ")");
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
        window.prepare(owner, h);
        times = schedule.prepare(owner, timesKey, valuesKey, times, values, allowOffgrid, h, ticsPerMs);
    }
}
