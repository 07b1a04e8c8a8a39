package org.syncytium.plugins.noise;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code noise_generator}: sends every target its own current I = mean + std·ξ (pA), ξ drawn from a
 * standard normal distribution with the target's stream and held for {@code dt} (ms; by default 1 ms,
 * or ten steps where 1 ms is no multiple of the resolution, as NEST) from the first active step on. Active at the steps NEST's current
 * generators are (one step before the window start < t ≤ stop), so a target integrates the noise
 * over [start + delay, stop + delay). With {@code std_mod} the standard deviation of a draw is
 * sqrt(std² + std_mod² · sin(2π · frequency · t + phase)), as NEST's (std_mod ≤ std).
 */
@Component(service = StimulusDevice.class)
public final class NoiseGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "noise_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("mean", 0.0, "pA", "mean current"),
            ParameterSpec.real("std", 0.0, "pA", "standard deviation of the current (>= 0)"),
            ParameterSpec.real("dt", NoiseStimulus.DEFAULT_DT, "ms",
                    "interval of constant current (default 1 ms, or ten steps where 1 ms is no multiple of the resolution)"),
            ParameterSpec.real("std_mod", 0.0, "pA", "sinusoidal modulation of the variance (0 <= std_mod <= std)"),
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

    /** What a multimeter records (NEST's recordables): "I": the mean of the currents sent to the targets in a step, pA (0 while inactive). */
    @Override
    public List<String> recordables() {
        return List.of("I");
    }
}
