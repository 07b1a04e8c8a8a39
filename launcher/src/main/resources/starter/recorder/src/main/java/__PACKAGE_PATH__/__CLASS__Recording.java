package __PACKAGE__;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.Events;
import org.syncytium.api.record.Recording;
import org.syncytium.api.record.RecordingContext;

/** One counter node: sorted sender ids with a count each, grown only when a new sender fires. */
final class __CLASS__Recording implements Recording {

    private double start;
    private double resolution = Double.NaN;
    private long[] senders = new long[16];
    private long[] counts = new long[16];
    private int size;
    private long events;

    @Override
    public Object get(String name) {
        return switch (name) {
            case "start" -> start;
            case "n_events" -> events;
            case "senders" -> Arrays.copyOf(senders, size);
            case "counts" -> Arrays.copyOf(counts, size);
            default -> __CLASS__Recorder.SCHEMA.require(__CLASS__Recorder.NAME, name);
        };
    }

    @Override
    public void set(String name, Object value) {
        Object converted = __CLASS__Recorder.SCHEMA.convert(__CLASS__Recorder.NAME, name, value);
        double ms = (Double) converted;
        if (!(ms >= 0)) {
            throw new BadPropertyException(__CLASS__Recorder.NAME, name, value, ">= 0 ms");
        }
        start = ms;
    }

    @Override
    public List<String> recordFrom() {
        return List.of();
    }

    @Override
    public double interval() {
        return 0;
    }

    @Override
    public void open(RecordingContext context) {
        resolution = context.resolution();
    }

    @Override
    public void spike(long sender, long stamp) {
        if (stamp * resolution <= start) {
            return;
        }
        int at = Arrays.binarySearch(senders, 0, size, sender);
        if (at < 0) {
            at = -at - 1;
            if (size == senders.length) {
                senders = Arrays.copyOf(senders, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            System.arraycopy(senders, at, senders, at + 1, size - at);
            System.arraycopy(counts, at, counts, at + 1, size - at);
            senders[at] = sender;
            counts[at] = 0;
            size++;
        }
        counts[at]++;
        events++;
    }

    @Override
    public void sample(long sender, long stamp, double[] values) {
        // a spike recorder receives no samples
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Counts only: no individual events are kept. */
    @Override
    public Events events() {
        return new Events(new long[0], new double[0]);
    }

    @Override
    public long eventCount() {
        return events;
    }
}
