package org.syncytium.plugins.ac;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code ac_generator}: the current {@code offset + amplitude · sin(2π·frequency·t + phase)} (pA; Hz,
 * t in ms of biological time, phase in degrees) to every target while active, as NEST's: the
 * oscillator is started exactly at the time a run starts and advanced by an exact rotation each step,
 * whether the device is active or not; the activity window is that of NEST's current generators
 * (as {@code dc_generator}).
 */
@Component(service = StimulusDevice.class)
public final class AcGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "ac_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("amplitude", 0.0, "pA", "amplitude of the sine"),
            ParameterSpec.real("offset", 0.0, "pA", "constant current added to the sine"),
            ParameterSpec.real("frequency", 0.0, "Hz", "frequency of the sine"),
            ParameterSpec.real("phase", 0.0, "deg", "phase of the sine at t = 0"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public AcGenerator() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "sinusoidal current while active";
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
        return new AcStimulus();
    }

    /** What a multimeter records (NEST's recordables): "I": the current the generator sends in a step, pA (0 while inactive). */
    @Override
    public List<String> recordables() {
        return List.of("I");
    }
}
