package org.syncytium.plugins.spikerecorder;


import org.syncytium.support.record.RecordWindow;
import org.syncytium.support.record.RecordingOutput;

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
 * to a file in the kernel's {@code data_path} and keeps only the count: with {@code file_extension}
 * {@code csv} (the default here) {@code <data_prefix><label or spike_recorder-<id>>.csv} (header
 * {@code sender,time_ms}), with any other extension NEST's ASCII layout ({@link org.syncytium.support.record.AsciiLayout}).
 * {@code time_in_steps} reports times as steps (in memory: {@code times} in steps, {@code offsets} the ms
 * before each step's end, 0 but for precise spike times; otherwise times in ms are the stamp's less the offset).
 */
@Component(service = Recorder.class)
public final class SpikeRecorder implements Recorder {

    /** The recorder's NEST name. */
    public static final String NAME = "spike_recorder";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(
            RecordWindow.START, RecordWindow.STOP, RecordWindow.ORIGIN,
            ParameterSpec.integer("n_events", 0, "", "number of events recorded (read-only; set 0 to clear)")),
            RecordingOutput.specs(NAME, "csv").stream()).toList());

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
