package org.syncytium.api.device;

import org.osgi.annotation.versioning.ProviderType;
import org.syncytium.api.random.RandomStream;

/**
 * Where a stimulus writes what it emits during one slice. Targets are the device's outgoing
 * connections in creation order, {@code 0 ≤ target < targetCount}.
 */
@ProviderType
public interface StimulusOutput {

    /** Number of outgoing connections of the device. */
    int targetCount();

    /**
     * The random stream of connection {@code target}; it depends only on the seed, the device and
     * the target node, so each target's train is independent and thread-count invariant.
     */
    RandomStream stream(int target);

    /** Emits {@code multiplicity} spikes on connection {@code target}, stamped at the end of slice-local step {@code l}. */
    void spikes(int target, int l, int multiplicity);

    /**
     * As {@link #spikes(int, int, int)} with the connection's weight multiplied by {@code weightFactor}
     * (NEST's {@code spike_generator} with {@code spike_weights}); a spike recorder target records them
     * as usual.
     *
     * @since api.device 1.1
     */
    void spikes(int target, int l, int multiplicity, double weightFactor);

    /**
     * As {@link #spikes(int, int, int, double)} for a spike that happened {@code offset} ms before the
     * end of step {@code l} (NEST's precise spike times, 0 ≤ offset &lt; h). Neurons on the grid receive
     * it at the end of the step; a spike recorder records the time stamp − offset. The default drops
     * the offset (what grid-based targets see).
     *
     * @since api.device 1.3
     */
    default void spikes(int target, int l, int multiplicity, double weightFactor, double offset) {
        spikes(target, l, multiplicity, weightFactor);
    }

    /**
     * True if a multimeter samples this device at the end of slice-local step {@code l}: the device then
     * reports its recordables for that step with {@link #record}. The default: never.
     *
     * @since api.device 1.3
     */
    default boolean sampled(int l) {
        return false;
    }

    /**
     * The value of recordable {@code variable} (its position in {@link StimulusDevice#recordables()})
     * during slice-local step {@code l}: what the device sent in that step (0 pA while it is inactive,
     * as NEST records it), stamped at the step's end. Called only where {@link #sampled} is true.
     *
     * @since api.device 1.3
     */
    default void record(int l, int variable, double value) {
    }

    /** Emits a current of {@code amplitude} pA on connection {@code target} for slice-local step {@code l}. */
    void current(int target, int l, double amplitude);
}
