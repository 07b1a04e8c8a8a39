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
 * {@code origin}, sorted, never 0), with the connection's weight times {@code spike_weights[k]} if that
 * list is given and {@code spike_multiplicities[k]} spikes if that one is. Times are rounded to the
 * kernel's tics and must then lie on the grid, unless {@code allow_offgrid_times} (moved to the end of
 * their step) or {@code precise_times} (kept: the spike is stamped at the end of its step with the
 * offset before it, which spike recorders keep and grid neurons do not see); {@code shift_now_spikes}
 * moves a spike at the current time one step on. A spike stamped t reaches a target after the
 * connection's delay, and only if start < t ≤ stop (the window of NEST's spike generators).
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
            ParameterSpec.bool(PRECISE_TIMES, false, "keep off-grid times: stamped at the end of their step with an offset"),
            ParameterSpec.bool(SHIFT_NOW_SPIKES, false, "move a spike at the current time to the next step"),
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
