package org.syncytium.plugins.poisson;

import org.syncytium.support.device.DeviceWindow;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.random.RandomStream;

/**
 * One {@code poisson_generator} node. {@link #prepare(double)} turns rate and window into steps and
 * builds the inversion table; {@link #emit} then draws, per active step and target connection,
 * one uniform from that connection's stream, so trains are independent per target and do not
 * depend on threads. Allocation-free after {@code prepare}.
 */
public final class PoissonStimulus implements Stimulus {

    private static final String OWNER = PoissonGenerator.NAME;

    private double rate = 0.0;
    private final DeviceWindow window = new DeviceWindow();
    private double lambda = 0.0;
    private PoissonTable table = PoissonTable.of(0.0);

    @Override
    public Object get(String name) {
        PoissonGenerator.PARAMETERS.require(OWNER, name);
        return name.equals("rate") ? (Object) rate : window.get(name);
    }

    @Override
    public void set(String name, Object value) {
        double v = (Double) PoissonGenerator.PARAMETERS.convert(OWNER, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, v);
            return;
        }
        if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
            throw new BadPropertyException(OWNER, name, value, "must be a finite rate >= 0 Hz");
        }
        rate = v;
    }

    /** Mean count per step λ = h·rate·10⁻³ from the last {@link #prepare}. */
    double lambda() {
        return lambda;
    }

    @Override
    public void prepare(double resolution) {
        double mean = resolution * rate * 1e-3;
        if (mean > PoissonTable.MAX_MEAN) {
            throw new BadPropertyException(OWNER, "rate", rate, "is too high: more than " + PoissonTable.MAX_MEAN
                    + " spikes per step of " + resolution + " ms");
        }
        window.prepare(OWNER, resolution);
        if (mean != lambda) {
            table = PoissonTable.of(mean);
            lambda = mean;
        }
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        if (lambda == 0.0) {
            return;
        }
        int targets = out.targetCount();
        int end = window.endSpikeStep(originStep, firstStep, endStep);
        for (int l = window.firstSpikeStep(originStep, firstStep, endStep); l < end; l++) {
            for (int t = 0; t < targets; t++) {
                RandomStream stream = out.stream(t);
                int n = table.sample(stream.nextDouble());
                if (n > 0) {
                    out.spikes(t, l, n);
                }
            }
        }
    }
}
