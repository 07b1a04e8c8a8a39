package org.syncytium.api.device;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One stimulus device node. NEST's timing: emission at step {@code l} of a slice with origin T is
 * stamped (T + l + 1)·h and reaches the target after the connection's delay. Parameters
 * {@code start}, {@code stop}, {@code origin} are in ms, as in NEST.
 */
@ConsumerType
public interface Stimulus {

    /** A parameter value (converted to the type in the device's schema). */
    Object get(String name);

    /** Sets a parameter, validated; throws {@code BadPropertyException} and changes nothing if not allowed. */
    void set(String name, Object value);

    /**
     * Sets the entries of one status dictionary (values converted to the schema's types, in the
     * caller's order). The kernel calls this one, so that a device can check entries that belong
     * together as one change (NEST's {@code spike_generator} takes its flags with the times they
     * govern). Changes nothing when it throws: the default sets the entries one by one and puts back
     * those it set before the one refused.
     *
     * @since api.device 1.3
     */
    default void set(Map<String, ?> values) {
        Deque<Map.Entry<String, Object>> previous = new ArrayDeque<>();
        try {
            for (Map.Entry<String, ?> entry : values.entrySet()) {
                Object old = get(entry.getKey());
                set(entry.getKey(), entry.getValue());
                previous.push(Map.entry(entry.getKey(), old));
            }
        } catch (RuntimeException e) {
            previous.forEach(old -> set(old.getKey(), old.getValue()));
            throw e;
        }
    }

    /**
     * Hands the device the kernel's clock, once, right after it is created and before any parameter
     * is set; a device that places times on the grid may then do so, and refuse them, when they are
     * set. The default ignores it.
     *
     * @since api.device 1.3
     */
    default void attach(DeviceClock clock) {
    }

    /** Precomputes what depends on the resolution h in ms (e.g. the Poisson mean per step). */
    void prepare(double resolution);

    /**
     * As {@link #prepare(double)}, also given the kernel's {@code tics_per_ms}, the grain in which NEST
     * represents times (1000 unless a script sets it): a device that places times on the grid of the
     * resolution rounds them to tics first, as NEST does. The kernel calls this one; the default
     * ignores the tics.
     *
     * @param resolution the step h in ms
     * @param ticsPerMs  tics per ms
     * @since 1.2
     */
    default void prepare(double resolution, double ticsPerMs) {
        prepare(resolution);
    }

    /**
     * Emits for slice-local steps {@code [firstStep, endStep)} of the slice starting at {@code originStep}.
     * Called from one thread per device; must not allocate.
     */
    void emit(long originStep, int firstStep, int endStep, StimulusOutput out);
}
