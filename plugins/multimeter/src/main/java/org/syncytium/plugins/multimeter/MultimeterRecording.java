package org.syncytium.plugins.multimeter;

import org.syncytium.support.record.EventCount;
import org.syncytium.support.record.GridTime;
import org.syncytium.support.record.RecordWindow;
import org.syncytium.support.record.RecordingOutput;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.Events;
import org.syncytium.api.record.Recording;
import org.syncytium.api.record.RecordingContext;

/**
 * One {@code multimeter} node. Memory mode keeps senders, stamps and one column per variable in
 * growable primitive arrays; ascii mode writes each sample as a CSV line and keeps only the count.
 * {@code record_from}, {@code record_to} and {@code label} are fixed from the first run on (they
 * shape the columns and the file).
 */
public final class MultimeterRecording implements Recording {

    private static final String OWNER = Multimeter.NAME;
    /** Relative tolerance for "interval is a multiple of the resolution". */
    private static final double GRID_TOLERANCE = 1e-9;

    private final RecordWindow window = new RecordWindow();
    private List<String> recordFrom = List.of();
    private double interval = 1.0;
    private double offset = 0.0;
    private final RecordingOutput output = new RecordingOutput(OWNER, "csv");

    private GridTime grid;
    private final StringBuilder line = new StringBuilder(128);

    private long count;
    private int size;
    private long[] senders = new long[256];
    private long[] stamps = new long[256];
    private double[][] columns = new double[0][];

    @Override
    public Object get(String name) {
        Multimeter.PARAMETERS.require(OWNER, name);
        if (RecordWindow.owns(name)) {
            return window.get(name);
        }
        if (RecordingOutput.owns(name)) {
            return output.get(name);
        }
        return switch (name) {
            case "record_from" -> recordFrom;
            case "interval" -> interval;
            case "offset" -> offset;
            default -> count;
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(String name, Object value) {
        Object converted = Multimeter.PARAMETERS.convert(OWNER, name, value);
        if (RecordWindow.owns(name)) {
            window.set(OWNER, name, (Double) converted);
            return;
        }
        if (RecordingOutput.owns(name)) {
            output.set(name, converted, value);
            return;
        }
        switch (name) {
            case "record_from" -> {
                // Only the shape is checked here; the kernel checks the names against the model's recordables.
                List<String> names = (List<String>) converted;
                if (names.stream().distinct().count() != names.size()) {
                    throw new BadPropertyException(OWNER, name, value, "must not name a variable twice");
                }
                requireNotOpened(name, names);
                recordFrom = names;
            }
            case "interval" -> {
                double v = (Double) converted;
                if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                    throw new BadPropertyException(OWNER, name, value, "must be a finite time > 0 ms");
                }
                requireNotOpened(name, converted);
                interval = v;
            }
            case "offset" -> {
                double v = (Double) converted;
                if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                    throw new BadPropertyException(OWNER, name, value, "must be 0 or a finite time > 0 ms");
                }
                requireNotOpened(name, converted);
                offset = v;
            }
            default -> {
                if (EventCount.clears(OWNER, value, (Long) converted, count)) {
                    count = 0;
                    size = 0;
                }
            }
        }
    }

    /** Refuses a change after the first run; setting the current value again is fine (the kernel's undo does it). */
    private void requireNotOpened(String name, Object value) {
        if (output.opened() && !value.equals(get(name))) {
            throw new BadPropertyException(OWNER, name, value, "cannot be changed after the first run");
        }
    }

    @Override
    public List<String> recordFrom() {
        return recordFrom;
    }

    @Override
    public double interval() {
        return interval;
    }

    @Override
    public double offset() {
        return offset;
    }

    @Override
    public void attach(RecordingContext context) {
        output.attach(context);
    }

    @Override
    public void open(RecordingContext context) {
        if (output.closed()) {
            throw new IllegalStateException(OWNER + " " + context.recorderId() + " is closed");
        }
        double h = context.resolution();
        window.prepare(OWNER, h);
        if (output.opened()) {
            return;
        }
        long steps = Math.round(interval / h);
        if (steps < 1 || Math.abs(steps * h - interval) > GRID_TOLERANCE * interval) {
            throw new BadPropertyException(OWNER, "interval", interval,
                    "must be a multiple of the resolution (" + h + " ms)");
        }
        long offsetSteps = Math.round(offset / h);
        if (offset != 0 && (offsetSteps < 1 || Math.abs(offsetSteps * h - offset) > GRID_TOLERANCE * offset)) {
            throw new BadPropertyException(OWNER, "offset", offset,
                    "must be 0 or a multiple of the resolution (" + h + " ms) of at least one step");
        }
        grid = GridTime.of(h);
        columns = new double[recordFrom.size()][senders.length];
        output.open(context, recordFrom);
    }

    @Override
    public void spike(long sender, long stamp) {
        throw new UnsupportedOperationException(OWNER + " records samples, not spikes");
    }

    @Override
    public boolean acceptsSample(long stamp) {
        return window.contains(stamp);
    }

    @Override
    public void sample(long sender, long stamp, double[] values) {
        if (!window.contains(stamp)) {
            return;
        }
        if (output.closed()) {
            throw new IllegalStateException(OWNER + " is closed");
        }
        count++;
        int variables = columns.length;
        if (output.file() != null) {
            line.setLength(0);
            output.layout().appendStart(line, sender, grid, stamp);
            for (int k = 0; k < variables; k++) {
                output.layout().appendValue(line, values[k]);
            }
            line.append('\n');
            output.file().write(line);
            return;
        }
        if (size == senders.length) {
            senders = Arrays.copyOf(senders, 2 * size);
            stamps = Arrays.copyOf(stamps, 2 * size);
            for (int k = 0; k < variables; k++) {
                columns[k] = Arrays.copyOf(columns[k], 2 * size);
            }
        }
        senders[size] = sender;
        stamps[size] = stamp;
        for (int k = 0; k < variables; k++) {
            columns[k][size] = values[k];
        }
        size++;
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
            times[i] = output.layout().timeInSteps() ? stamps[i] : grid.ms(stamps[i]);
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        if (output.layout().timeInSteps()) {
            values.put("offsets", new double[size]); // NEST's memory backend: the step and the offset in it
        }
        for (int k = 0; k < columns.length; k++) {
            values.put(recordFrom.get(k), Arrays.copyOf(columns[k], size));
        }
        return new Events(Arrays.copyOf(senders, size), times, values);
    }

    @Override
    public long eventCount() {
        return count;
    }
}
