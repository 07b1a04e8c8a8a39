package org.syncytium.plugins.inhomogeneous;

import java.util.List;

import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.Draws;
import org.syncytium.support.device.ScheduledStimulus;
import org.syncytium.support.device.StepSchedule;

/**
 * One {@code inhomogeneous_poisson_generator} node, following NEST's update: the rate follows a
 * {@link StepSchedule} (set and checked as NEST does, {@link ScheduledStimulus}; rate times after the
 * time simulated), and on each active step (the steps of {@code poisson_generator}) every target
 * draws a Poisson count of mean rate · h from its own stream.
 */
final class InhomogeneousPoissonStimulus extends ScheduledStimulus {

    private double resolution = Double.NaN;

    InhomogeneousPoissonStimulus() {
        super(InhomogeneousPoissonGenerator.NAME, InhomogeneousPoissonGenerator.PARAMETERS,
                InhomogeneousPoissonGenerator.TIMES, InhomogeneousPoissonGenerator.VALUES,
                InhomogeneousPoissonGenerator.ALLOW_OFFGRID);
    }

    @Override
    protected List<Double> checkValues(List<Double> rates) {
        for (double rate : rates) {
            if (rate < 0) {
                throw new BadPropertyException(InhomogeneousPoissonGenerator.NAME, InhomogeneousPoissonGenerator.VALUES,
                        rates, "must hold rates >= 0 Hz only (" + rate + ")");
            }
        }
        return rates;
    }

    @Override
    protected boolean timesInTheFuture() {
        return true;
    }

    @Override
    public void prepare(double h, double ticsPerMs) {
        super.prepare(h, ticsPerMs);
        resolution = h;
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
