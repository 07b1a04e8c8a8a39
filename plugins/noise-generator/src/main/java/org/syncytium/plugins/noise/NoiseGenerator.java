package org.syncytium.plugins.noise;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code noise_generator}: sends every target its own current I = mean + std·ξ (pA), ξ drawn from a
 * standard normal distribution with the target's stream and held for {@code dt} (ms; by default ten
 * steps, NEST's default) from the first active step on. Active at the steps NEST's current
 * generators are (one step before the window start < t ≤ stop), so a target integrates the noise
 * over [start + delay, stop + delay). NEST's sinusoidal modulation of std ({@code std_mod} with
 * {@code frequency} and {@code phase}) is not provided: {@code std_mod} must stay 0.
 */
@Component(service = StimulusDevice.class)
public final class NoiseGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "noise_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("mean", 0.0, "pA", "mean current"),
            ParameterSpec.real("std", 0.0, "pA", "standard deviation of the current (>= 0)"),
            ParameterSpec.real("dt", Double.NaN, "ms", "interval of constant current (default: ten steps)"),
            ParameterSpec.real("std_mod", 0.0, "pA", "modulation of std (not provided: must be 0)"),
            ParameterSpec.real("frequency", 0.0, "Hz", "frequency of the std modulation"),
            ParameterSpec.real("phase", 0.0, "deg", "phase of the std modulation"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Gaussian noise current, an independent draw per target";
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
        return new NoiseStimulus();
    }
}
