package org.syncytium.plugins.inhomogeneous;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code inhomogeneous_poisson_generator}: an independent Poisson train per target whose rate is
 * 0 Hz until the first of {@code rate_times} and {@code rate_values[k]} from {@code rate_times[k]}
 * on (times in ms of biological time, placed on the grid as NEST's step_current_generator does).
 */
@Component(service = StimulusDevice.class)
public final class InhomogeneousPoissonGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "inhomogeneous_poisson_generator";
    static final String TIMES = "rate_times";
    static final String VALUES = "rate_values";
    static final String ALLOW_OFFGRID = "allow_offgrid_times";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.realList(TIMES, List.of(), "ms", "times at which the rate changes, strictly increasing"),
            ParameterSpec.realList(VALUES, List.of(), "Hz", "the rate from each of rate_times on (>= 0)"),
            ParameterSpec.bool(ALLOW_OFFGRID, false, "move times off the grid up to the end of their step"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public InhomogeneousPoissonGenerator() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Poisson spike trains whose rate changes at given times";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public StimulusKind kind() {
        return StimulusKind.SPIKES;
    }

    @Override
    public Stimulus create() {
        return new InhomogeneousPoissonStimulus();
    }
}
