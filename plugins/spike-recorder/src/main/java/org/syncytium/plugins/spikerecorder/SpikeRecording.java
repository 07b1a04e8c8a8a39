package org.syncytium.plugins.spikerecorder;

import org.syncytium.support.record.EventCount;
import org.syncytium.support.record.GridTime;
import org.syncytium.support.record.RecordWindow;
import org.syncytium.support.record.RecordingOutput;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.record.Events;
import org.syncytium.api.record.Recording;
import org.syncytium.api.record.RecordingContext;

/**
 * One {@code spike_recorder} node. Memory mode keeps senders and stamps in growable primitive
 * arrays; ascii mode writes each spike as a CSV line and keeps only the count, so long runs need no
 * memory per spike. {@code record_to} and {@code label} are fixed from the first run on.
 */
public final class SpikeRecording implements Recording {

    private static final String OWNER = SpikeRecorder.NAME;

    private final RecordWindow window = new RecordWindow();
    private final RecordingOutput output = new RecordingOutput(OWNER, "csv");

    private GridTime grid;
    private final StringBuilder line = new StringBuilder(64);

    private long count;
    private int size;
    private long[] senders = new long[1024];
    private long[] stamps = new long[1024];
    /** Offsets before the stamps (ms), kept once a precise spike arrives; null while all are 0. */
    private double[] offsets;

    @Override
    public Object get(String name) {
        SpikeRecorder.PARAMETERS.require(OWNER, name);
        if (RecordWindow.owns(name)) {
            return window.get(name);
        }
        if (RecordingOutput.owns(name)) {
            return output.get(name);
        }
        return count;
    }

    @Override
    public void set(String name, Object value) {
        Object converted = SpikeRecorder.PARAMETERS.convert(OWNER, name, value);
        if (RecordWindow.owns(name)) {
            window.set(OWNER, name, (Double) converted);
            return;
        }
        if (RecordingOutput.owns(name)) {
            output.set(name, converted, value);
            return;
        }
        if (EventCount.clears(OWNER, value, (Long) converted, count)) {
            count = 0;
            size = 0;
            offsets = null;
        }
    }

    @Override
    public void attach(RecordingContext context) {
        output.attach(context);
    }

    @Override
    public void open(RecordingContext context) {
        window.prepare(OWNER, context.resolution()); // a bad window fails before a file exists
        output.open(context, List.of());
        if (grid == null) {
            grid = GridTime.of(context.resolution());
        }
    }

    @Override
    public void spike(long sender, long stamp) {
        spike(sender, stamp, 0.0);
    }

    @Override
    public void spike(long sender, long stamp, double offset) {
        if (!window.contains(stamp)) {
            return;
        }
        if (output.closed()) {
            throw new IllegalStateException(OWNER + " is closed");
        }
        count++;
        if (output.file() != null) {
            line.setLength(0);
            output.layout().appendStart(line, sender, grid, stamp, offset);
            line.append('\n');
            output.file().write(line);
            return;
        }
        if (size == senders.length) {
            senders = Arrays.copyOf(senders, 2 * size);
            stamps = Arrays.copyOf(stamps, 2 * size);
            if (offsets != null) {
                offsets = Arrays.copyOf(offsets, 2 * size);
            }
        }
        if (offset != 0.0 && offsets == null) {
            offsets = new double[senders.length];
        }
        senders[size] = sender;
        stamps[size] = stamp;
        if (offsets != null) {
            offsets[size] = offset;
        }
        size++;
    }

    @Override
    public void sample(long sender, long stamp, double[] values) {
        throw new UnsupportedOperationException(OWNER + " records spikes, not samples");
    }

    @Override
    public void flush() {
        output.flush();
    }

    @Override
    public void close() {
        output.close();
    }

    @Override
    public Events events() {
        double[] times = new double[size];
        for (int i = 0; i < size; i++) {
            double offset = offsets == null ? 0.0 : offsets[i];
            times[i] = output.layout().timeInSteps() ? stamps[i] : offset == 0.0 ? grid.ms(stamps[i]) : grid.ms(stamps[i]) - offset;
        }
        if (output.layout().timeInSteps()) {
            // NEST's memory backend with time_in_steps: the step and the offset before its end (precise times)
            double[] within = offsets == null ? new double[size] : Arrays.copyOf(offsets, size);
            return new Events(Arrays.copyOf(senders, size), times, java.util.Map.of("offsets", within));
        }
        return new Events(Arrays.copyOf(senders, size), times);
    }

    @Override
    public long eventCount() {
        return count;
    }
}
