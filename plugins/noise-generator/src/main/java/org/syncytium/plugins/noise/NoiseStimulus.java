package org.syncytium.plugins.noise;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.Draws;

/**
 * One {@code noise_generator} node. Each target's amplitude is redrawn at the first active step and
 * then every dt steps after the last draw (NEST's {@code next_step}); the amplitudes live across runs.
 */
final class NoiseStimulus implements Stimulus {

    private static final String OWNER = NoiseGenerator.NAME;
    /** NEST's default interval of constant current, in steps. */
    private static final int DEFAULT_DT_STEPS = 10;

    private double mean;
    private double std;
    private double dt = Double.NaN;
    private double frequency;
    private double phase;
    private final DeviceWindow window = new DeviceWindow();
    private long dtSteps = DEFAULT_DT_STEPS;
    private long nextStep;
    private double[] amplitudes = new double[0];

    @Override
    public Object get(String name) {
        NoiseGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case "mean" -> mean;
            case "std" -> std;
            case "dt" -> dt;
            case "std_mod" -> 0.0;
            case "frequency" -> frequency;
            case "phase" -> phase;
            default -> window.get(name);
        };
    }

    @Override
    public void set(String name, Object value) {
        double v = (Double) NoiseGenerator.PARAMETERS.convert(OWNER, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, v);
            return;
        }
        if (!Double.isFinite(v)) {
            throw new BadPropertyException(OWNER, name, value, "must be a finite number");
        }
        switch (name) {
            case "mean" -> mean = v;
            case "std" -> std = nonNegative(name, v);
            case "dt" -> dt = positive(name, v);
            case "std_mod" -> {
                if (v != 0.0) {
                    throw new BadPropertyException(OWNER, name, value, "must be 0: the sinusoidal modulation of std is"
                            + " not provided");
                }
            }
            case "frequency" -> frequency = v;
            default -> phase = v;
        }
    }

    private static double nonNegative(String name, double v) {
        if (v < 0) {
            throw new BadPropertyException(OWNER, name, v, "must be >= 0 (the standard deviation cannot be negative)");
        }
        return v;
    }

    private static double positive(String name, double v) {
        if (!(v > 0)) {
            throw new BadPropertyException(OWNER, name, v, "must be > 0 ms");
        }
        return v;
    }

    @Override
    public void prepare(double resolution) {
        window.prepare(OWNER, resolution);
        if (Double.isNaN(dt)) {
            dtSteps = DEFAULT_DT_STEPS;
            dt = DEFAULT_DT_STEPS * resolution;
            return;
        }
        double steps = dt / resolution;
        long rounded = Math.round(steps);
        if (rounded < 1 || Math.abs(steps - rounded) > 1e-9 * Math.max(1.0, steps)) {
            throw new BadPropertyException(OWNER, "dt", dt, "must be a multiple of the resolution " + resolution + " ms");
        }
        dtSteps = rounded;
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        int targets = out.targetCount();
        if (amplitudes.length != targets) {
            amplitudes = java.util.Arrays.copyOf(amplitudes, targets); // new targets draw at the next interval
        }
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            // NEST's current generators are active at step T iff t_min < T + 2 <= t_max
            if (step < window.tMin() - 1 || step >= window.tMax() - 1) {
                continue;
            }
            if (step >= nextStep) {
                for (int t = 0; t < targets; t++) {
                    amplitudes[t] = mean + std * Draws.standardNormal(out.stream(t));
                }
                nextStep = step + dtSteps;
            }
            for (int t = 0; t < targets; t++) {
                out.current(t, l, amplitudes[t]);
            }
        }
    }
}
