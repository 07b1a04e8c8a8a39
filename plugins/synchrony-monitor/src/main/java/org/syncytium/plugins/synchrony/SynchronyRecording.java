package org.syncytium.plugins.synchrony;

import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.record.Events;
import org.syncytium.api.record.Recording;
import org.syncytium.api.record.RecordingContext;
import org.syncytium.support.record.RecordWindow;

/** One synchrony monitor node: filters samples to its time window and feeds {@link ChiAccumulator}. */
final class SynchronyRecording implements Recording {

    private static final String OWNER = SynchronyMonitor.NAME;

    private List<String> recordFrom = List.of("V_m");
    private double interval = 0.1;
    /** NEST's recorder window (origin + start, origin + stop], as every recorder has it. */
    private final RecordWindow window = new RecordWindow();
    private boolean opened;
    private final ChiAccumulator chi = new ChiAccumulator();

    @Override
    public Object get(String name) {
        SynchronyMonitor.PARAMETERS.require(OWNER, name);
        if (RecordWindow.owns(name)) {
            return window.get(name);
        }
        return switch (name) {
            case "record_from" -> recordFrom;
            case "interval" -> interval;
            case "synchrony_chi" -> chi.chi();
            case "n_events" -> chi.samples();
            default -> throw new IllegalStateException(name);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(String name, Object value) {
        Object converted = SynchronyMonitor.PARAMETERS.convert(OWNER, name, value);
        if (RecordWindow.owns(name)) {
            window.set(OWNER, name, (Double) converted);
            return;
        }
        switch (name) {
            case "record_from" -> {
                List<String> names = (List<String>) converted;
                if (names.size() != 1) {
                    throw new BadPropertyException(OWNER, name, value, "must name exactly one variable");
                }
                recordFrom = names;
            }
            case "interval" -> interval = positive(name, (Double) converted);
            default -> throw new BadPropertyException(OWNER, name, value, "is read-only");
        }
    }

    private static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new BadPropertyException(OWNER, name, value, "must be > 0");
        }
        return value;
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
    public void open(RecordingContext context) {
        window.prepare(OWNER, context.resolution());
        opened = true;
    }

    @Override
    public void spike(long sender, long stamp) {
        // A state recorder receives no spikes.
    }

    @Override
    public boolean acceptsSample(long stamp) {
        // not opened (a process that does not record): no window to judge by
        return !opened || window.contains(stamp);
    }

    @Override
    public void sample(long sender, long stamp, double[] values) {
        if (acceptsSample(stamp)) {
            chi.add(stamp, sender, values[0]);
        }
    }

    @Override
    public void flush() {
        // Nothing is buffered outside the accumulator.
    }

    @Override
    public void close() {
        // No files.
    }

    @Override
    public Events events() {
        return new Events(new long[0], new double[0]);
    }

    @Override
    public long eventCount() {
        return chi.samples();
    }
}
