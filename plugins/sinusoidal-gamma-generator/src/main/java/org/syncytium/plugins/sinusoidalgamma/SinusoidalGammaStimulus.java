package org.syncytium.plugins.sinusoidalgamma;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;

/**
 * One {@code sinusoidal_gamma_generator} node, following NEST's update. Rates are kept in spikes/ms.
 * Each train (per target, or one) keeps the time t0 of its last spike and the integrated rate Λ0 up to
 * the start of the current run since then; at step end t its integrated rate is
 * Λ = Λ0 + a·r·(t − t0) − a·A/ω·(cos(ωt + φ) − cos(ωt0 + φ)) (a the order, r the rate, A the
 * amplitude, ω, φ in rad), and it spikes when a uniform draw is below the hazard
 * h · a · s(t) · Λ^(a−1) e^(−Λ) / Γ(a, Λ), with s(t) = r + A sin(ωt + φ) and Γ(a, Λ) the upper incomplete
 * gamma function; a spike sets t0 = t, Λ0 = 0. At the start of every run Λ0 takes in the time since t0
 * under the parameters of the run before, so changed parameters apply from then on, as in NEST.
 */
final class SinusoidalGammaStimulus implements Stimulus {

    private static final String OWNER = SinusoidalGammaGenerator.NAME;

    /** The rate parameters as NEST keeps them: spikes/ms and radians. */
    private record Rates(double rate, double amplitude, double omega, double phi, double order) {

        /** Λ over (ta, tb] ms. */
        double integral(double ta, double tb) {
            if (ta == tb) {
                return 0.0;
            }
            double lambda = order * rate * (tb - ta);
            if (Math.abs(amplitude) > 0 && Math.abs(omega) > 0) {
                lambda += -order * amplitude / omega * (Math.cos(omega * tb + phi) - Math.cos(omega * ta + phi));
            }
            return lambda;
        }
    }

    private double rate;
    private double amplitude;
    private double frequency;
    private double phase;
    private double order = 1.0;
    private boolean individual = true;
    private final DeviceWindow window = new DeviceWindow();
    private double resolution = Double.NaN;
    /** The parameters in NEST's units, made when they are set (emission allocates nothing). */
    private Rates current = rates();
    /** The parameters of the run before (Λ0 takes in the time since t0 under them). */
    private Rates previous;
    /** Each train's last spike time t0 (ms) and integrated rate Λ0 up to the start of the run. */
    private double[] lastSpike = new double[0];
    private double[] lambdaAtStart = new double[0];
    /** A run started since the last emission: Λ0 takes in the time since t0 at the next emission. */
    private boolean runStarts = true;

    @Override
    public Object get(String name) {
        SinusoidalGammaGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case "rate" -> rate;
            case "amplitude" -> amplitude;
            case "frequency" -> frequency;
            case "phase" -> phase;
            case "order" -> order;
            case "individual_spike_trains" -> individual;
            default -> window.get(name);
        };
    }

    @Override
    public void set(String name, Object value) {
        set(Map.of(name, value));
    }

    /** All entries together, then NEST's checks of the result; nothing changes if one fails. */
    @Override
    public void set(Map<String, ?> values) {
        Map<String, Object> before = new HashMap<>();
        for (String name : values.keySet()) {
            before.put(name, get(name));
        }
        try {
            values.forEach(this::assign);
            if (order < 1.0) {
                throw new BadPropertyException(OWNER, "order", order, "must be at least 1 (The gamma order must be at least 1.)");
            }
            if (!(0.0 <= amplitude && amplitude <= rate)) {
                throw new BadPropertyException(OWNER, values.containsKey("amplitude") ? "amplitude" : "rate",
                        values.containsKey("amplitude") ? amplitude : rate, "must fulfill 0 <= amplitude <= rate"
                        + " (amplitude " + amplitude + " Hz, rate " + rate + " Hz; Rate parameters must fulfill"
                        + " 0 <= amplitude <= rate.)");
            }
        } catch (RuntimeException e) {
            before.forEach(this::assign);
            throw e;
        }
        current = rates();
    }

    private void assign(String name, Object value) {
        Object converted = SinusoidalGammaGenerator.PARAMETERS.convert(OWNER, name, value);
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
        switch (name) {
            case "rate" -> rate = v;
            case "amplitude" -> amplitude = v;
            case "frequency" -> frequency = v;
            case "phase" -> phase = v;
            default -> order = v;
        }
    }

    @Override
    public void prepare(double h) {
        window.prepare(OWNER, h);
        resolution = h;
        runStarts = true;
    }

    private Rates rates() {
        return new Rates(rate / 1000.0, amplitude / 1000.0, frequency * (2.0 * Math.PI / 1000.0),
                phase * (Math.PI / 180.0), order);
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        Rates now = current;
        int trains = individual ? out.targetCount() : 1;
        if (runStarts) {
            startRun(now, trains, (originStep + firstStep) * resolution);
        }
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            double t = (step + 1) * resolution;
            double momentary = now.rate() + now.amplitude() * Math.sin(now.omega() * t + now.phi());
            if (out.sampled(l)) {
                out.record(l, 0, momentary * 1000.0); // spikes/s, recorded whether the window is open or not (NEST)
            }
            if (targets == 0 || momentary <= 0.0 || step <= window.tMin() || step > window.tMax()) {
                continue;
            }
            for (int train = 0; train < trains; train++) {
                double lambda = lambdaAtStart[train] + now.integral(lastSpike[train], t);
                if (out.stream(train).nextDouble() < hazard(now, momentary, lambda)) {
                    lastSpike[train] = t;
                    lambdaAtStart[train] = 0.0;
                    if (individual) {
                        out.spikes(train, l, 1);
                    } else {
                        for (int target = 0; target < targets; target++) {
                            out.spikes(target, l, 1);
                        }
                    }
                }
            }
        }
    }

    /**
     * NEST's pre_run_hook: trains of connections made since start at {@code t} with Λ0 = 0, and every
     * train's Λ0 takes in the time since its t0 under the run before's parameters.
     */
    private void startRun(Rates now, int trains, double t) {
        int known = lastSpike.length;
        if (trains > known) {
            lastSpike = Arrays.copyOf(lastSpike, trains);
            lambdaAtStart = Arrays.copyOf(lambdaAtStart, trains);
            Arrays.fill(lastSpike, known, trains, t);
        }
        Rates before = previous != null ? previous : now;
        for (int train = 0; train < lastSpike.length; train++) {
            lambdaAtStart[train] += before.integral(lastSpike[train], t);
            lastSpike[train] = t;
        }
        previous = now;
        runStarts = false;
    }

    /**
     * h · a · s · Λ^(a−1) e^(−Λ) / Γ(a, Λ), with Γ(a, Λ) = Q(a, Λ) Γ(a) (NEST's gsl_sf_gamma_inc). Where
     * Γ(a, Λ) underflows (Λ of several hundred: a train silent for long) the ratio takes its asymptote
     * 1 / (1 + (a − 1)/Λ) instead of 0/0, which would never spike again.
     */
    private double hazard(Rates p, double momentary, double lambda) {
        double a = p.order();
        double upper = Gamma.regularizedGammaQ(a, lambda) * Math.exp(Gamma.logGamma(a));
        double density = Math.pow(lambda, a - 1) * Math.exp(-lambda);
        double ratio = upper > 0.0 && density > 0.0 ? density / upper
                : lambda > 0.0 ? 1.0 / (1.0 + (a - 1) / lambda) : 0.0;
        return resolution * a * momentary * ratio;
    }
}
