package org.syncytium.plugins.noise;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.Draws;
import org.syncytium.support.device.Oscillator;

/**
 * One {@code noise_generator} node. Each target's amplitude is redrawn at the first active step and
 * then every dt steps after the last draw (NEST's {@code next_step}); the amplitudes live across runs.
 * With {@code std_mod} a draw's standard deviation is sqrt(std² + std_mod² · sin(ωt + φ)) at its step,
 * the sine from NEST's oscillator, set afresh after a parameter changed (NEST: at every Simulate).
 */
final class NoiseStimulus implements Stimulus {

    private static final String OWNER = NoiseGenerator.NAME;
    /**
     * NEST's default interval of constant current: 1 ms (ten steps of NEST's default resolution), kept
     * where it is a multiple of the resolution and else ten steps, as NEST recalibrates its default
     * when the resolution changes.
     */
    static final double DEFAULT_DT = 1.0;
    private static final int FALLBACK_DT_STEPS = 10;

    private double mean;
    private double std;
    private double dt = DEFAULT_DT;
    /** Whether dt was set: a default dt follows the resolution at prepare, a set one must fit it. */
    private boolean dtSet;
    private double stdMod;
    private double frequency;
    private double phase;
    /** sin(ωt + φ) of the variance's modulation, turned on active steps while std_mod is not 0 (as NEST). */
    private final Oscillator oscillator = new Oscillator();
    /** The oscillator is set afresh at the next emission (parameters or resolution changed). */
    private boolean restart = true;
    private double resolution = Double.NaN;
    private final DeviceWindow window = new DeviceWindow();
    private long dtSteps = FALLBACK_DT_STEPS;
    private long nextStep;
    private double[] amplitudes = new double[0];

    @Override
    public Object get(String name) {
        NoiseGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case "mean" -> mean;
            case "std" -> std;
            case "dt" -> dt;
            case "std_mod" -> stdMod;
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
        restart = true;
        switch (name) {
            case "mean" -> mean = v;
            case "std" -> std = nonNegative(name, v);
            case "dt" -> {
                dt = positive(name, v);
                dtSet = true;
            }
            case "std_mod" -> stdMod = nonNegative(name, v);
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
    public void prepare(double h) {
        window.prepare(OWNER, h);
        if (stdMod > std) {
            throw new BadPropertyException(OWNER, "std_mod", stdMod, "must be <= std (" + std + " pA): the variance"
                    + " std^2 + std_mod^2 sin(...) cannot be negative");
        }
        restart |= h != resolution;
        resolution = h;
        oscillator.rotation(omega() * h);
        if (!dtSet) {
            long steps = steps(DEFAULT_DT, h);
            dtSteps = steps > 0 ? steps : FALLBACK_DT_STEPS;
            dt = steps > 0 ? DEFAULT_DT : FALLBACK_DT_STEPS * h;
            return;
        }
        dtSteps = steps(dt, h);
        if (dtSteps < 1) {
            throw new BadPropertyException(OWNER, "dt", dt, "must be a multiple of the resolution " + h + " ms");
        }
    }

    /** {@code interval / h} if that is a whole number of at least one step, else 0. */
    private static long steps(double interval, double h) {
        double steps = interval / h;
        long rounded = Math.round(steps);
        return rounded >= 1 && Math.abs(steps - rounded) <= 1e-9 * Math.max(1.0, steps) ? rounded : 0;
    }

    /** The modulation's angular frequency in rad/ms, as NEST scales it. */
    private double omega() {
        return 2.0 * Math.PI * frequency / 1000.0;
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        int targets = out.targetCount();
        if (amplitudes.length != targets) {
            amplitudes = java.util.Arrays.copyOf(amplitudes, targets); // new targets draw at the next interval
        }
        if (restart) {
            // set from the time of this emission, as NEST's pre_run_hook from the clock
            oscillator.start(1.0, omega() * (originStep + firstStep) * resolution + phase * 2.0 * Math.PI / 360.0);
            restart = false;
        }
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            // NEST's current generators are active at step T iff t_min < T + 2 <= t_max
            if (step < window.tMin() - 1 || step >= window.tMax() - 1) {
                if (out.sampled(l)) {
                    out.record(l, 0, 0.0);
                }
                continue;
            }
            double sigma = std;
            if (stdMod != 0.0) {
                // NEST turns the oscillator on active steps only, and only with a modulation
                sigma = Math.sqrt(std * std + oscillator.step() * stdMod * stdMod);
            }
            if (step >= nextStep) {
                for (int t = 0; t < targets; t++) {
                    amplitudes[t] = mean + sigma * Draws.standardNormal(out.stream(t));
                }
                nextStep = step + dtSteps;
            }
            for (int t = 0; t < targets; t++) {
                out.current(t, l, amplitudes[t]);
            }
            if (out.sampled(l)) {
                out.record(l, 0, averageAmplitude()); // I: NEST records the mean over the targets
            }
        }
    }

    private double averageAmplitude() {
        double sum = 0.0;
        for (double a : amplitudes) {
            sum += a;
        }
        return sum / Math.max(1, amplitudes.length);
    }
}
