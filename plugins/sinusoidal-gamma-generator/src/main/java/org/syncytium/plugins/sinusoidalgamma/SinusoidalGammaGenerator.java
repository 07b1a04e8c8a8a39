package org.syncytium.plugins.sinusoidalgamma;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code sinusoidal_gamma_generator}: spikes of an inhomogeneous gamma process of order
 * {@code order} whose rate is {@code rate + amplitude · sin(2π · frequency · t + phase)} (Hz; t in ms
 * of biological time, phase in degrees; 0 ≤ amplitude ≤ rate), an independent train per target
 * ({@code individual_spike_trains}, the default) or one train for all, as NEST's. Each step draws
 * against NEST's hazard of the time-rescaled gamma process.
 */
@Component(service = StimulusDevice.class)
public final class SinusoidalGammaGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "sinusoidal_gamma_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("rate", 0.0, "Hz", "mean rate"),
            ParameterSpec.real("amplitude", 0.0, "Hz", "amplitude of the rate's sine, 0 <= amplitude <= rate"),
            ParameterSpec.real("frequency", 0.0, "Hz", "frequency of the sine"),
            ParameterSpec.real("phase", 0.0, "deg", "phase of the sine at t = 0"),
            ParameterSpec.real("order", 1.0, "", "order of the gamma process (>= 1; 1 is Poisson)"),
            ParameterSpec.bool("individual_spike_trains", true, "an independent train per target (false: one train for all)"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public SinusoidalGammaGenerator() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "gamma spike trains with a sinusoidally modulated rate";
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
        return new SinusoidalGammaStimulus();
    }

    /** What a multimeter records (NEST's recordables): "rate": the instantaneous rate, spikes/s. */
    @Override
    public List<String> recordables() {
        return List.of("rate");
    }
}
