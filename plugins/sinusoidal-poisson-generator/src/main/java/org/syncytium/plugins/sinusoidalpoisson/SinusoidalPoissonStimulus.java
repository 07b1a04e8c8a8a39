package org.syncytium.plugins.sinusoidalpoisson;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.Draws;
import org.syncytium.support.device.Oscillator;

/**
 * One {@code sinusoidal_poisson_generator} node, following NEST's update: the oscillator
 * (amplitude · cos, amplitude · sin)(ωt + φ) in spikes/ms is set at the first step after the
 * parameters or the resolution changed (NEST: at every Simulate; a run here may be a piece of one, so
 * the rotation goes on across runs) and rotated by ωh before every step, active or not; the step's rate is the mean rate plus the sine
 * component, clipped at 0, and each target draws a Poisson count of mean rate · h from its own stream
 * (or, without individual trains, one count from the first target's stream goes to all).
 */
final class SinusoidalPoissonStimulus implements Stimulus {

    private static final String OWNER = SinusoidalPoissonGenerator.NAME;

    private double rate;
    private double amplitude;
    private double frequency;
    private double phase;
    private boolean individual = true;
    private final DeviceWindow window = new DeviceWindow();
    private double resolution = Double.NaN;
    /** The oscillator is set afresh at the next emission (parameters or resolution changed). */
    private boolean restart = true;
    private final Oscillator oscillator = new Oscillator();

    @Override
    public Object get(String name) {
        SinusoidalPoissonGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case "rate" -> rate;
            case "amplitude" -> amplitude;
            case "frequency" -> frequency;
            case "phase" -> phase;
            case "individual_spike_trains" -> individual;
            default -> window.get(name);
        };
    }

    @Override
    public void set(String name, Object value) {
        Object converted = SinusoidalPoissonGenerator.PARAMETERS.convert(OWNER, name, value);
        if (converted instanceof Boolean flag) {
            individual = flag;
            return;
        }
        double v = (Double) converted;
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, v);
            return;
        }
        if (!Double.isFinite(v)) {
            throw new BadPropertyException(OWNER, name, value, "must be a finite number");
        }
        restart = true;
        switch (name) {
            case "rate" -> rate = v;
            case "amplitude" -> amplitude = v;
            case "frequency" -> frequency = v;
            default -> phase = v;
        }
    }

    @Override
    public void prepare(double h) {
        window.prepare(OWNER, h);
        restart |= h != resolution;
        resolution = h;
        double omega = frequency * (2.0 * Math.PI / 1000.0); // rad/ms, as NEST scales it
        oscillator.rotation(h * omega);
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        if (restart) {
            double omega = frequency * (2.0 * Math.PI / 1000.0);
            double phi = phase * (Math.PI / 180.0);
            double a = amplitude / 1000.0; // spikes/ms
            double t = (originStep + firstStep) * resolution;
            oscillator.start(a, omega * t + phi);
            restart = false;
        }
        double base = rate / 1000.0;
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            double now = Math.max(0.0, base + oscillator.step());
            if (out.sampled(l)) {
                out.record(l, 0, now * 1000.0); // rate in spikes/s, recorded whether the window is open or not (NEST)
            }
            long step = originStep + l;
            if (now <= 0.0 || step <= window.tMin() || step > window.tMax() || targets == 0) {
                continue;
            }
            double mean = now * resolution;
            if (individual) {
                for (int t = 0; t < targets; t++) {
                    int n = Draws.poisson(out.stream(t), mean);
                    if (n > 0) {
                        out.spikes(t, l, n);
                    }
                }
            } else {
                int n = Draws.poisson(out.stream(0), mean);
                for (int t = 0; n > 0 && t < targets; t++) {
                    out.spikes(t, l, n);
                }
            }
        }
    }
}
