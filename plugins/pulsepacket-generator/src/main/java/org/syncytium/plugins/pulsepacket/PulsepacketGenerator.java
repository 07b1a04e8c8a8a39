package org.syncytium.plugins.pulsepacket;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code pulsepacket_generator}: for each of {@code pulse_times} (ms) it sends {@code activity}
 * spikes whose times are drawn from a normal distribution around the pulse time with standard
 * deviation {@code sdev} (ms), the same spikes to every target (spikes that fall into one step
 * arrive as one spike of that multiplicity), as NEST's.
 */
@Component(service = StimulusDevice.class)
public final class PulsepacketGenerator implements StimulusDevice {

    /** The device's NEST name. */
    public static final String NAME = "pulsepacket_generator";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.realList("pulse_times", List.of(), "ms", "centres of the packets (sorted when set)"),
            ParameterSpec.integer("activity", 0, "", "spikes per packet (>= 0)"),
            ParameterSpec.real("sdev", 0.0, "ms", "standard deviation of the spike times around a centre (>= 0)"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public PulsepacketGenerator() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "packets of normally scattered spikes around given times, the same to every target";
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
        return new PulsepacketStimulus();
    }
}
