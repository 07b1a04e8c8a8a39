package org.syncytium.plugins.weightrecorder;

import java.util.List;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;
import org.syncytium.support.record.RecordWindow;
import org.syncytium.support.record.RecordingOutput;

/**
 * {@code weight_recorder}: records, for each spike that passes a connection whose synapse model names
 * it ({@code SetDefaults}/{@code CopyModel} with {@code weight_recorder}), the sender, the spike's time
 * (ms, its emission), the target, the receptor and the weight the spike delivered (pA for
 * current-based targets): a plastic connection's weight after the spike's update, a short-term
 * synapse's amplitude, a static connection's weight. Events stamped s are kept if
 * {@code start < s·h ≤ stop} (plus {@code origin}); {@code senders} and {@code targets}, lists of
 * node ids, keep only the connections from and to those nodes (empty: all). {@code record_to}
 * {@code "memory"} or {@code "ascii"} as for {@code spike_recorder}, columns {@code weights},
 * {@code targets}, {@code receptors} after sender and time. NEST's {@code ports} are not recorded.
 */
@Component(service = Recorder.class)
public final class WeightRecorder implements Recorder {

    /** The recorder's NEST name. */
    public static final String NAME = "weight_recorder";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(Stream.concat(Stream.of(
            RecordWindow.START, RecordWindow.STOP, RecordWindow.ORIGIN,
            ParameterSpec.realList("senders", List.of(), "", "node ids of the senders to record; empty: all"),
            ParameterSpec.realList("targets", List.of(), "", "node ids of the targets to record; empty: all"),
            ParameterSpec.integer("n_events", 0, "", "number of events recorded (read-only; set 0 to clear)")),
            RecordingOutput.specs(NAME, "csv").stream()).toList());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "records the weights spikes carry through connections of the synapse models that name it";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public RecordedKind kind() {
        return RecordedKind.WEIGHTS;
    }

    @Override
    public Recording create() {
        return new WeightRecording();
    }
}
