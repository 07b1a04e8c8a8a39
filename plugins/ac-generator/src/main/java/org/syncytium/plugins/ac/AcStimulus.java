package org.syncytium.plugins.ac;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.Oscillator;

/**
 * One {@code ac_generator} node. The oscillator (y0, y1) = amplitude · (cos, sin)(ωt + φ) is set from
 * cos and sin at the first step after the parameters or the resolution changed and then rotated by ωh
 * per step, before the step's current y1 + offset is sent: NEST's arithmetic. NEST sets it afresh at
 * every Simulate (its pre_run_hook); here a run is also a piece of a Python Simulate, so the rotation
 * goes on across runs (the two differ in the last bits).
 */
final class AcStimulus implements Stimulus {

    private static final String OWNER = AcGenerator.NAME;

    private double amplitude;
    private double offset;
    private double frequency;
    private double phase;
    private final DeviceWindow window = new DeviceWindow();
    private double resolution = Double.NaN;
    /** The oscillator is set afresh at the next emission (parameters or resolution changed). */
    private boolean restart = true;
    private final Oscillator oscillator = new Oscillator();

    @Override
    public Object get(String name) {
        AcGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case "amplitude" -> amplitude;
            case "offset" -> offset;
            case "frequency" -> frequency;
            case "phase" -> phase;
            default -> window.get(name);
        };
    }

    @Override
    public void set(String name, Object value) {
        double v = (Double) AcGenerator.PARAMETERS.convert(OWNER, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, v);
            return;
        }
        if (!Double.isFinite(v)) {
            throw new BadPropertyException(OWNER, name, value, "must be a finite number");
        }
        restart = true;
        switch (name) {
            case "amplitude" -> amplitude = v;
            case "offset" -> offset = v;
            case "frequency" -> frequency = v;
            default -> phase = v;
        }
    }

    @Override
    public void prepare(double h) {
        window.prepare(OWNER, h);
        restart |= h != resolution;
        resolution = h;
        double omega = 2.0 * Math.PI * frequency / 1000.0; // rad/ms
        oscillator.rotation(omega * h);
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        if (restart) {
            // set from the time of this emission, as NEST's pre_run_hook from the clock
            double omega = 2.0 * Math.PI * frequency / 1000.0;
            double phi = phase * 2.0 * Math.PI / 360.0;
            double t = (originStep + firstStep) * resolution;
            oscillator.start(amplitude, omega * t + phi);
            restart = false;
        }
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            double sine = oscillator.step();
            long step = originStep + l;
            // NEST's current generators are active at step T iff t_min < T + 2 <= t_max
            boolean active = step >= window.tMin() - 1 && step < window.tMax() - 1;
            double current = sine + offset;
            if (out.sampled(l)) {
                out.record(l, 0, active ? current : 0.0); // I, what this step sends
            }
            if (!active) {
                continue;
            }
            for (int t = 0; t < targets; t++) {
                out.current(t, l, current);
            }
        }
    }
}
