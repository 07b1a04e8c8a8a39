package org.syncytium.plugins.poisson;

import org.syncytium.support.device.DeviceWindow;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code poisson_generator}: sends every target connection its own Poisson spike train of
 * {@code rate} (Hz, default 0, ≥ 0) while active. Per step the count is Poisson with mean
 * λ = h·rate·10⁻³ and is sent as one spike with that multiplicity (nothing if 0). Active at step
 * s = T + l iff {@code round((origin+start)/h) < s ≤ round((origin+stop)/h)}, so, as in NEST, the
 * very first step emits nothing and spikes are stamped in (start + h, stop + h] for origin 0.
 */
@Component(service = StimulusDevice.class)
public final class PoissonGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "poisson_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("rate", 0.0, "Hz", "mean firing rate of each target's train (>= 0)"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "independent Poisson spike train per target";
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
        return new PoissonStimulus();
    }
}
