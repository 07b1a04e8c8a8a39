package org.syncytium.plugins.multimeter;

import org.syncytium.support.record.RecordingOutput;
import org.syncytium.support.record.RecordWindow;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;

/**
 * {@code multimeter}: samples the variables in {@code record_from} of every connected neuron every
 * {@code interval} ms (a multiple of the resolution), keeping samples stamped inside
 * {@code (origin+start, origin+stop]}. Memory keeps one column per variable; {@code "ascii"}
 * streams {@code sender,time_ms,<variables>} lines to
 * {@code <data_path>/<data_prefix><label or multimeter-<id>>.csv}.
 */
@Component(service = Recorder.class)
public final class Multimeter implements Recorder {

    /** The recorder's NEST name. */
    public static final String NAME = "multimeter";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(
            ParameterSpec.textList("record_from", List.of(), "state variables to sample, e.g. [\"V_m\"]"),
            ParameterSpec.real("interval", 1.0, "ms", "sampling interval, a multiple of the resolution").onTimeGrid(),
            ParameterSpec.real("offset", 0.0, "ms", "time of the first sample if not 0 (then offset + k interval),"
                    + " a multiple of the resolution").onTimeGrid(),
            RecordWindow.START, RecordWindow.STOP, RecordWindow.ORIGIN,
            ParameterSpec.integer("n_events", 0, "", "number of samples recorded (read-only; set 0 to clear)")),
            RecordingOutput.specs(NAME, "csv").stream()).toList());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "samples state variables at a fixed interval";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public RecordedKind kind() {
        return RecordedKind.STATE;
    }

    @Override
    public Recording create() {
        return new MultimeterRecording();
    }
}
