package org.syncytium.plugins.weightrecorder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.Events;
import org.syncytium.api.record.Recording;
import org.syncytium.api.record.RecordingContext;
import org.syncytium.support.record.EventCount;
import org.syncytium.support.record.GridTime;
import org.syncytium.support.record.RecordWindow;
import org.syncytium.support.record.RecordingOutput;

/**
 * One {@code weight_recorder} node: in memory, growable primitive columns (sender, stamp, target,
 * receptor, weight); with {@code record_to: ascii}, one line per event and only the count kept.
 */
public final class WeightRecording implements Recording {

    private static final String OWNER = WeightRecorder.NAME;
    /** The value columns after sender and time, as NEST names them in {@code events}. */
    private static final List<String> COLUMNS = List.of("weights", "targets", "receptors");

    private final RecordWindow window = new RecordWindow();
    private final RecordingOutput output = new RecordingOutput(OWNER, "csv");
    /** Sorted node ids to keep (empty: all). */
    private long[] senderFilter = new long[0];
    private long[] targetFilter = new long[0];

    private GridTime grid;
    private final StringBuilder line = new StringBuilder(96);
    private long count;
    private int size;
    private long[] senders = new long[256];
    private long[] stamps = new long[256];
    private long[] targets = new long[256];
    private int[] receptors = new int[256];
    private double[] weights = new double[256];

    @Override
    public Object get(String name) {
        WeightRecorder.PARAMETERS.require(OWNER, name);
        if (RecordWindow.owns(name)) {
            return window.get(name);
        }
        if (RecordingOutput.owns(name)) {
            return output.get(name);
        }
        return switch (name) {
            case "senders" -> asList(senderFilter);
            case "targets" -> asList(targetFilter);
            default -> count;
        };
    }

    @Override
    public void set(String name, Object value) {
        Object converted = WeightRecorder.PARAMETERS.convert(OWNER, name, value);
        if (RecordWindow.owns(name)) {
            window.set(OWNER, name, (Double) converted);
        } else if (RecordingOutput.owns(name)) {
            output.set(name, converted, value);
        } else if (name.equals("senders") || name.equals("targets")) {
            long[] ids = nodeIds(name, converted);
            if (name.equals("senders")) {
                senderFilter = ids;
            } else {
                targetFilter = ids;
            }
        } else if (EventCount.clears(OWNER, value, (Long) converted, count)) {
            count = 0;
            size = 0;
        }
    }

    /** Node ids from a list of numbers: whole and at least 1, kept sorted and once each for lookup. */
    private static long[] nodeIds(String name, Object converted) {
        @SuppressWarnings("unchecked")
        List<Double> values = (List<Double>) converted;
        long[] ids = new long[values.size()];
        for (int i = 0; i < ids.length; i++) {
            double v = values.get(i);
            if (!(v >= 1) || v != Math.rint(v) || v >= Long.MAX_VALUE) {
                throw new BadPropertyException(OWNER, name, v, "must list node ids (whole numbers of at least 1)");
            }
            ids[i] = (long) v;
        }
        return Arrays.stream(ids).sorted().distinct().toArray(); // a set of nodes, as NEST's NodeCollection
    }

    private static List<Double> asList(long[] ids) {
        return Arrays.stream(ids).mapToDouble(id -> id).boxed().toList();
    }

    @Override
    public void attach(RecordingContext context) {
        output.attach(context);
    }

    @Override
    public void open(RecordingContext context) {
        window.prepare(OWNER, context.resolution()); // a bad window fails before a file exists
        output.open(context, COLUMNS);
        if (grid == null) {
            grid = GridTime.of(context.resolution());
        }
    }

    @Override
    public void spike(long sender, long stamp) {
        throw new UnsupportedOperationException(OWNER + " records weights; it takes no spike connections");
    }

    @Override
    public void sample(long sender, long stamp, double[] values) {
        throw new UnsupportedOperationException(OWNER + " records weights, not samples");
    }

    @Override
    public void weight(long sender, long target, int receptor, long stamp, double weight) {
        if (!window.contains(stamp) || !listed(senderFilter, sender) || !listed(targetFilter, target)) {
            return;
        }
        if (output.closed()) {
            throw new IllegalStateException(OWNER + " is closed");
        }
        count++;
        if (output.file() != null) {
            line.setLength(0);
            output.layout().appendStart(line, sender, grid, stamp);
            output.layout().appendValue(line, weight);
            output.layout().appendWhole(line, target);
            output.layout().appendWhole(line, receptor);
            line.append('\n');
            output.file().write(line);
            return;
        }
        if (size == senders.length) {
            int grown = 2 * size;
            senders = Arrays.copyOf(senders, grown);
            stamps = Arrays.copyOf(stamps, grown);
            targets = Arrays.copyOf(targets, grown);
            receptors = Arrays.copyOf(receptors, grown);
            weights = Arrays.copyOf(weights, grown);
        }
        senders[size] = sender;
        stamps[size] = stamp;
        targets[size] = target;
        receptors[size] = receptor;
        weights[size] = weight;
        size++;
    }

    private static boolean listed(long[] filter, long id) {
        return filter.length == 0 || Arrays.binarySearch(filter, id) >= 0;
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
        if (grid == null) {
            return new Events(new long[0], new double[0]); // before the first run, as NEST: no value columns yet
        }
        double[] times = new double[size];
        double[] targetIds = new double[size];
        double[] receptorIds = new double[size];
        for (int i = 0; i < size; i++) {
            times[i] = output.layout().timeInSteps() ? stamps[i] : grid.ms(stamps[i]);
            targetIds[i] = targets[i];
            receptorIds[i] = receptors[i];
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("weights", Arrays.copyOf(weights, size));
        values.put("targets", targetIds);
        values.put("receptors", receptorIds);
        if (output.layout().timeInSteps()) {
            values.put("offsets", new double[size]); // NEST's memory backend with time_in_steps: step and offset
        }
        return new Events(Arrays.copyOf(senders, size), times, values);
    }

    @Override
    public long eventCount() {
        return count;
    }
}
