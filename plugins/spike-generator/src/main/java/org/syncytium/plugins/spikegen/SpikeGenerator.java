package org.syncytium.plugins.spikegen;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code spike_generator}: sends every target a spike at each of {@code spike_times} (ms, relative to
 * {@code origin}, sorted, on the time grid unless {@code allow_offgrid_times}, which moves a time up
 * to the next grid point, and never 0), with the connection's weight times {@code spike_weights[k]}
 * if that list is given and {@code spike_multiplicities[k]} spikes if that one is. A spike at t is
 * stamped t, so a target feels it after the connection's delay, and only if start < t ≤ stop (the
 * window of NEST's spike generators). NEST's {@code precise_times} and {@code shift_now_spikes} are
 * not provided (they must stay false).
 */
@Component(service = StimulusDevice.class)
public final class SpikeGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "spike_generator";

    static final String SPIKE_TIMES = "spike_times";
    static final String SPIKE_WEIGHTS = "spike_weights";
    static final String SPIKE_MULTIPLICITIES = "spike_multiplicities";
    static final String ALLOW_OFFGRID_TIMES = "allow_offgrid_times";
    static final String PRECISE_TIMES = "precise_times";
    static final String SHIFT_NOW_SPIKES = "shift_now_spikes";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.realList(SPIKE_TIMES, List.of(), "ms", "spike times, sorted, relative to origin"),
            ParameterSpec.realList(SPIKE_WEIGHTS, List.of(), "", "weight factor per spike (empty: 1)"),
            ParameterSpec.realList(SPIKE_MULTIPLICITIES, List.of(), "", "spikes per time (empty: 1)"),
            ParameterSpec.bool(ALLOW_OFFGRID_TIMES, false, "move times off the grid up to the next step"),
            ParameterSpec.bool(PRECISE_TIMES, false, "off-grid spike times (not provided: must be false)"),
            ParameterSpec.bool(SHIFT_NOW_SPIKES, false, "shift spikes at the current time (not provided: must be false)"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "spikes at given times, optionally weighted";
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
        return new SpikeTrain();
    }
}
