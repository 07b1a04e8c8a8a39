package org.syncytium.plugins.stepcurrent;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code step_current_generator}: a current that takes {@code amplitude_values[k]} (pA) from
 * {@code amplitude_times[k]} (ms of biological time, strictly positive and increasing, on the grid
 * unless {@code allow_offgrid_times} moves them up to the end of their step) and is 0 pA before the
 * first change, sent to every target while active. As NEST's: the level lasts across runs, and a new
 * pair of lists starts again from its first entry, skipping the times already past.
 */
@Component(service = StimulusDevice.class)
public final class StepCurrentGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "step_current_generator";
    static final String TIMES = "amplitude_times";
    static final String VALUES = "amplitude_values";
    static final String ALLOW_OFFGRID = "allow_offgrid_times";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.realList(TIMES, List.of(), "ms", "times at which the current changes, strictly increasing"),
            ParameterSpec.realList(VALUES, List.of(), "pA", "the current from each of amplitude_times on"),
            ParameterSpec.bool(ALLOW_OFFGRID, false, "move times off the grid up to the end of their step"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public StepCurrentGenerator() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "piecewise constant current, changing at given times";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public StimulusKind kind() {
        return StimulusKind.CURRENT;
    }

    @Override
    public Stimulus create() {
        return new StepCurrentStimulus();
    }

    /** What a multimeter records (NEST's recordables): "I": the current the generator sends in a step, pA (0 while inactive). */
    @Override
    public List<String> recordables() {
        return List.of("I");
    }
}
