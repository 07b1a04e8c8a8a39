package org.syncytium.api.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recorded events, as NEST's {@code events} dictionary: {@code senders} (node ids), {@code times}
 * (ms) and, for state recorders, one array per recorded variable in the variable's unit. All arrays
 * have {@link #size()} entries. Immutable snapshot.
 */
public final class Events {

    private final long[] senders;
    private final double[] times;
    private final Map<String, double[]> values;

    public Events(long[] senders, double[] times, Map<String, double[]> values) {
        Objects.requireNonNull(senders, "senders");
        Objects.requireNonNull(times, "times");
        if (senders.length != times.length) {
            throw new IllegalArgumentException("senders and times differ in length");
        }
        this.senders = senders.clone();
        this.times = times.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        values.forEach((name, column) -> {
            if (column.length != senders.length) {
                throw new IllegalArgumentException("column " + name + " differs in length");
            }
            copy.put(name, column.clone());
        });
        this.values = copy;
    }

    /** Spike events without values. */
    public Events(long[] senders, double[] times) {
        this(senders, times, Map.of());
    }

    /** Number of events ({@code n_events}). */
    public int size() {
        return senders.length;
    }

    /** Node id of each event. */
    public long[] senders() {
        return senders.clone();
    }

    /** Time of each event in ms. */
    public double[] times() {
        return times.clone();
    }

    /** Names of the recorded variables, in {@code record_from} order. */
    public List<String> variables() {
        return List.copyOf(values.keySet());
    }

    /** The values of {@code variable}; throws {@link IllegalArgumentException} if it was not recorded. */
    public double[] values(String variable) {
        double[] column = values.get(variable);
        if (column == null) {
            throw new IllegalArgumentException("not recorded: " + variable + " (recorded: " + values.keySet() + ")");
        }
        return column.clone();
    }
}
