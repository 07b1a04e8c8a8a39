package org.syncytium.plugins.inhomogeneous;

import static org.syncytium.plugins.inhomogeneous.InhomogeneousPoissonGenerator.ALLOW_OFFGRID;
import static org.syncytium.plugins.inhomogeneous.InhomogeneousPoissonGenerator.TIMES;
import static org.syncytium.plugins.inhomogeneous.InhomogeneousPoissonGenerator.VALUES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.Draws;
import org.syncytium.support.device.StepSchedule;

/**
 * One {@code inhomogeneous_poisson_generator} node, following NEST's update: the rate follows a
 * {@link StepSchedule}, and on each active step (the steps of {@code poisson_generator}) every target
 * draws a Poisson count of mean rate · h from its own stream. The lists are checked against each
 * other and the grid when a run is prepared (the kernel sets a dictionary key by key).
 */
final class InhomogeneousPoissonStimulus implements Stimulus {

    private static final String OWNER = InhomogeneousPoissonGenerator.NAME;

    private List<Double> times = List.of();
    private List<Double> values = List.of();
    private boolean allowOffgrid;
    private final DeviceWindow window = new DeviceWindow();
    private final StepSchedule schedule = new StepSchedule();
    /** The kernel's clock: times are placed, and refused, when they are set (null: when a run is prepared). */
    private DeviceClock clock;
    private double resolution = Double.NaN;

    @Override
    public Object get(String name) {
        InhomogeneousPoissonGenerator.PARAMETERS.require(OWNER, name);
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
     * them, the times on the kernel's grid and, for rates, in the future. Nothing changes if it is refused.
     */
    @Override
    public void set(Map<String, ?> entries) {
        Map<String, Object> converted = new LinkedHashMap<>();
        entries.forEach((name, value) -> converted.put(name, InhomogeneousPoissonGenerator.PARAMETERS.convert(OWNER, name, value)));
        StepSchedule.checkChange(OWNER, TIMES, VALUES, ALLOW_OFFGRID, converted, allowOffgrid, !times.isEmpty());
        List<Double> oldTimes = times;
        List<Double> oldValues = values;
        boolean oldOffgrid = allowOffgrid;
        DeviceWindow oldWindow = window.copy();
        try {
            converted.forEach(this::set);
            if (clock != null && converted.containsKey(TIMES)) {
                double now = clock.currentStep() * clock.resolution();
                for (double t : times) {
                    if (t <= now) {
                        throw new BadPropertyException(OWNER, TIMES, t, "must lie strictly in the future (after "
                                + now + " ms, the time simulated)");
                    }
                }
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
        Object v = InhomogeneousPoissonGenerator.PARAMETERS.convert(OWNER, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, (Double) v);
            return;
        }
        switch (name) {
            case TIMES -> {
                times = List.copyOf(check(name, (List<Double>) v, false));
                schedule.restart();
            }
            case VALUES -> {
                values = List.copyOf(check(name, (List<Double>) v, true));
                schedule.restart();
            }
            default -> allowOffgrid = (Boolean) v;
        }
    }

    private static List<Double> check(String name, List<Double> list, boolean rates) {
        for (double x : list) {
            if (!Double.isFinite(x) || (rates && x < 0)) {
                throw new BadPropertyException(OWNER, name, list, (rates ? "must hold finite rates >= 0 Hz only ("
                        : "must hold finite times only (") + x + ")");
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
        resolution = h;
        times = schedule.prepare(OWNER, TIMES, VALUES, times, values, allowOffgrid, h, ticsPerMs);
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        schedule.skipPast(originStep + firstStep);
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            double rate = schedule.at(step) / 1000.0; // spikes per ms, as NEST scales it
            if (rate <= 0.0 || step <= window.tMin() || step > window.tMax()) {
                continue;
            }
            double mean = rate * resolution;
            for (int t = 0; t < targets; t++) {
                int n = Draws.poisson(out.stream(t), mean);
                if (n > 0) {
                    out.spikes(t, l, n);
                }
            }
        }
    }
}
