package org.syncytium.plugins.spikerecorder;

import org.syncytium.support.record.AsciiLayout;
import org.syncytium.support.record.CsvFile;
import org.syncytium.support.record.GridTime;
import org.syncytium.support.record.RecordWindow;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
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
    private static final String MEMORY = "memory";
    private static final String ASCII = "ascii";

    private final RecordWindow window = new RecordWindow();
    private final AsciiLayout layout = new AsciiLayout("csv");
    private String recordTo = MEMORY;
    private String label = "";

    private GridTime grid;
    private CsvFile file;
    private boolean opened;
    private boolean closed;
    /** The kernel's settings of the moment (null where the recording was not attached, in tests). */
    private RecordingContext current;
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
        if (AsciiLayout.owns(name)) {
            return layout.get(name);
        }
        return switch (name) {
            case "record_to" -> recordTo;
            case "label" -> label;
            case "filenames" -> filenames();
            default -> count;
        };
    }

    @Override
    public void set(String name, Object value) {
        Object converted = SpikeRecorder.PARAMETERS.convert(OWNER, name, value);
        if (RecordWindow.owns(name)) {
            window.set(OWNER, name, (Double) converted);
            return;
        }
        if (AsciiLayout.owns(name)) {
            layout.set(OWNER, name, converted, opened);
            return;
        }
        switch (name) {
            case "record_to" -> {
                String target = (String) converted;
                if (!target.equals(MEMORY) && !target.equals(ASCII)) {
                    throw new BadPropertyException(OWNER, name, value, "must be \"memory\" or \"ascii\"");
                }
                requireNotOpened(name, target);
                recordTo = target;
            }
            case "label" -> {
                requireNotOpened(name, converted);
                label = (String) converted;
            }
            case "filenames" -> {
                if (!converted.equals(filenames())) {
                    throw new BadPropertyException(OWNER, name, value, "is read-only: the files this recorder writes");
                }
            }
            default -> {
                long n = (Long) converted;
                if (n == count) {
                    return; // unchanged: what the kernel's undo of a failed set does
                }
                if (n != 0) {
                    throw new BadPropertyException(OWNER, name, value, "is read-only (only 0, to clear, is allowed)");
                }
                count = 0;
                size = 0;
                offsets = null;
            }
        }
    }

    /** Refuses a change after the first run; setting the current value again is fine (the kernel's undo does it). */
    private void requireNotOpened(String name, Object value) {
        if (opened && !value.equals(get(name))) {
            throw new BadPropertyException(OWNER, name, value, "cannot be changed after the first run");
        }
    }

    @Override
    public List<String> recordFrom() {
        return List.of();
    }

    @Override
    public double interval() {
        return 0.0;
    }

    /**
     * NEST's {@code filenames}: the file being written (its {@code .part} until closed), before the first
     * run the file it will write, none in memory.
     */
    private List<String> filenames() {
        return layout.filenames(file, current, recordTo.equals(ASCII) && !closed, OWNER, label);
    }

    @Override
    public void attach(RecordingContext context) {
        this.current = context;
    }

    @Override
    public void open(RecordingContext context) {
        if (closed) {
            throw new IllegalStateException(OWNER + " " + context.recorderId() + " is closed");
        }
        window.prepare(OWNER, context.resolution());
        if (opened) {
            return;
        }
        grid = GridTime.of(context.resolution());
        if (recordTo.equals(ASCII)) {
            Path target = layout.target(context, OWNER, label);
            file = CsvFile.create(target, layout.header(List.of()), context.overwriteFiles());
        }
        opened = true;
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
        if (closed) {
            throw new IllegalStateException(OWNER + " is closed");
        }
        count++;
        if (file != null) {
            line.setLength(0);
            layout.appendStart(line, sender, grid, stamp, offset);
            line.append('\n');
            file.write(line);
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
        if (file != null && !closed) {
            file.flush();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (file != null) {
            file.close();
        }
    }

    @Override
    public Events events() {
        double[] times = new double[size];
        for (int i = 0; i < size; i++) {
            double offset = offsets == null ? 0.0 : offsets[i];
            times[i] = layout.timeInSteps() ? stamps[i] : offset == 0.0 ? grid.ms(stamps[i]) : grid.ms(stamps[i]) - offset;
        }
        if (layout.timeInSteps()) {
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
