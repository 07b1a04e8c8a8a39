package org.syncytium.plugins.dc;

import java.util.List;

import org.syncytium.support.device.DeviceWindow;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code dc_generator}: a constant current {@code amplitude} (pA, default 0) to every target while
 * active. As NEST's current generators (NEST 3.9 and 3.10), active at step s = T + l iff
 * {@code round((origin+start)/h) - 1 ≤ s < round((origin+stop)/h) - 1}, so that the target integrates
 * the current over [origin + start + delay, origin + stop + delay), as in NEST (a 250 pA step from
 * 20 ms over a 1 ms delay moves V_m from 21.1 ms on, as NEST 3.10's traces do).
 */
@Component(service = StimulusDevice.class)
public final class DcGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "dc_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("amplitude", 0.0, "pA", "current while active"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "constant current while active";
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
        return new DcStimulus();
    }

    /** What a multimeter records (NEST's recordables): "I": the current the generator sends in a step, pA (0 while inactive). */
    @Override
    public List<String> recordables() {
        return List.of("I");
    }
}
