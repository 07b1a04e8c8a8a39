package org.syncytium.api.record;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One recorder node. The kernel calls it from a single thread at the end of each slice, with the
 * slice's events ordered by time and then by sender, so output does not depend on threads.
 * Parameters {@code start}, {@code stop} (ms) and {@code record_to} ({@code "memory"} or
 * {@code "ascii"}: a CSV file written while running, completed and renamed into place by
 * {@link #close()}) follow NEST.
 */
@ConsumerType
public interface Recording {

    /** A parameter value (converted to the type in the recorder's schema), or the read-only {@code n_events}. */
    Object get(String name);

    /** Sets a parameter, validated; throws {@code BadPropertyException} and changes nothing if not allowed. */
    void set(String name, Object value);

    /**
     * For state recorders: the variables to sample ({@code record_from}); empty for the others (the
     * default since api.record 1.6).
     */
    default List<String> recordFrom() {
        return List.of();
    }

    /** For state recorders: the sampling interval in ms ({@code interval}); 0 for the others (the default since 1.6). */
    default double interval() {
        return 0.0;
    }

    /**
     * For state recorders: NEST's {@code offset} in ms, the time of the first sample when it is not 0
     * (samples at offset, offset + interval, ...; with 0, at the multiples of the interval). A
     * multiple of the resolution. Since api.record 1.4; the default is 0.
     */
    default double offset() {
        return 0.0;
    }

    /** Called before each run; opens files on the first call. */
    void open(RecordingContext context);

    /**
     * Hands the recording, once, right after it is created, a context that answers with the kernel's
     * settings of the moment ({@code data_path}, {@code data_prefix}, the node count, ...), so that it can
     * tell before its first run where it will write (NEST's {@code filenames} after {@code Create}). The
     * context a run uses is the one {@link #open} receives. The default ignores it.
     *
     * @since api.record 1.5
     */
    default void attach(RecordingContext current) {
    }

    /** A spike of {@code sender} stamped at step {@code stamp} (time stamp × h), multiplicity already expanded. */
    void spike(long sender, long stamp);

    /**
     * A spike that happened {@code offset} ms before its stamp's time (NEST's precise spike times, from a
     * {@code spike_generator} with {@code precise_times}); the default records the stamp alone.
     *
     * @since api.record 1.5
     */
    default void spike(long sender, long stamp, double offset) {
        spike(sender, stamp);
    }

    /**
     * For weight recorders ({@link RecordedKind#WEIGHTS}): a spike stamped at step {@code stamp} (time
     * stamp × h, the spike's emission) passed the connection from node {@code sender} to node
     * {@code target} into receptor {@code receptor} and delivered {@code weight} (pA for current-based
     * targets, nS for conductance-based ones). Called from one thread, in the order the spikes pass.
     * The default refuses: the kernel calls it on weight recorders only.
     *
     * @since api.record 1.6
     */
    default void weight(long sender, long target, int receptor, long stamp, double weight) {
        throw new UnsupportedOperationException(getClass().getName() + " records no weights");
    }

    /**
     * For state recorders: whether a sample stamped at step {@code stamp} (time stamp × h) would be
     * kept, i.e. falls in the recorder's window (NEST's {@code (origin + start, origin + stop]}). The
     * kernel asks once per slice and step and does not sample the steps this refuses, so a recorder
     * that starts late costs nothing before it starts. Asked only where the recording was opened
     * (the process that records). Since 1.1; the default keeps every step.
     */
    default boolean acceptsSample(long stamp) {
        return true;
    }

    /** A sample of {@code sender} at step {@code stamp}: values in {@link #recordFrom()} order (read immediately, not kept). */
    void sample(long sender, long stamp, double[] values);

    /** Called at the end of each run: flush buffered output. */
    void flush();

    /** Completes and closes files; after this the recording accepts no more events. */
    void close();

    /** The events held in memory (empty arrays if recording to file only). */
    Events events();

    /** Number of events recorded so far ({@code n_events}). */
    long eventCount();
}
