package org.syncytium.plugins.dc;

import org.syncytium.support.device.DeviceWindow;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code dc_generator}: a constant current {@code amplitude} (pA, default 0) to every target while
 * active. As for NEST's current generators, active at step s = T + l iff
 * {@code round((origin+start)/h) ≤ s < round((origin+stop)/h)}; with the minimal one-step delay
 * the target then feels the current over (start, stop].
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
}
