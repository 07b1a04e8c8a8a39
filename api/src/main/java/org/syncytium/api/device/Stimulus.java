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
     * Emits for slice-local steps {@code [firstStep, endStep)} of the slice starting at {@code originStep}.
     * Called from one thread per device; must not allocate.
     */
    void emit(long originStep, int firstStep, int endStep, StimulusOutput out);
}
