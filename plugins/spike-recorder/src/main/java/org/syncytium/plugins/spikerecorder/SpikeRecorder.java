package org.syncytium.plugins.spikerecorder;

import java.util.List;

import org.syncytium.support.record.RecordWindow;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;

/**
 * {@code spike_recorder}: records (sender, time) of every spike of the neurons connected to it whose
 * stamp s satisfies {@code start < s·h ≤ stop} (plus {@code origin}), a spike of multiplicity n as n
 * events. {@code record_to: "memory"} keeps events for {@code events}; {@code "ascii"} streams them
 * to {@code <data_path>/<data_prefix><label or spike_recorder-<id>>.csv} (header
 * {@code sender,time_ms}) and keeps only the count.
 */
@Component(service = Recorder.class)
public final class SpikeRecorder implements Recorder {

    /** The recorder's NEST name. */
    public static final String NAME = "spike_recorder";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            RecordWindow.START, RecordWindow.STOP, RecordWindow.ORIGIN,
            ParameterSpec.text("record_to", "memory", "\"memory\" (events) or \"ascii\" (CSV file)"),
            ParameterSpec.text("label", "", "file name (without .csv) for record_to ascii; default spike_recorder-<id>"),
            ParameterSpec.integer("n_events", 0, "", "number of events recorded (read-only; set 0 to clear)"),
            ParameterSpec.textList("filenames", List.of(), "the file being written with record_to ascii (read-only)"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "records spike times and senders";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public RecordedKind kind() {
        return RecordedKind.SPIKES;
    }

    @Override
    public Recording create() {
        return new SpikeRecording();
    }
}
