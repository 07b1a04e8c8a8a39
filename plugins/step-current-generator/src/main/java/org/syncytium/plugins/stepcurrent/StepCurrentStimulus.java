package org.syncytium.plugins.stepcurrent;

import java.util.List;

import org.syncytium.api.device.StimulusOutput;
import org.syncytium.support.device.ScheduledStimulus;
import org.syncytium.support.device.StepSchedule;

/**
 * One {@code step_current_generator} node: its current follows a {@link StepSchedule}, set and
 * checked as NEST does ({@link ScheduledStimulus}).
 */
final class StepCurrentStimulus extends ScheduledStimulus {

    StepCurrentStimulus() {
        super(StepCurrentGenerator.NAME, StepCurrentGenerator.PARAMETERS, StepCurrentGenerator.TIMES,
                StepCurrentGenerator.VALUES, StepCurrentGenerator.ALLOW_OFFGRID);
    }

    @Override
    protected List<Double> checkValues(List<Double> amplitudes) {
        return amplitudes; // any finite current, pA
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
