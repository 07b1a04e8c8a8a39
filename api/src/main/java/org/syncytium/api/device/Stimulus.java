package org.syncytium.api.device;

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
