package org.syncytium.api.synapse;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.random.RandomStream;

/**
 * A spike synapse model whose connections change as spikes pass, such as NEST's
 * {@code stdp_synapse}. The kernel stores each connection's weight (pA) and delay (steps) as for any
 * spike synapse, and beside them the model's per-connection values: first those named by
 * {@link #state()} (set from {@code syn_spec}, listed by {@code GetConnections} and changeable with
 * {@code SynapseCollection.set}, each with a default in {@link #parameters()}), then
 * {@link #hiddenState()} values that start at 0 and are the model's alone (e.g. the time of the
 * last presynaptic spike). A connection's values are {@code values[offset]} to
 * {@code values[offset + state().size() + hiddenState() - 1]}.
 *
 * <p>Plastic connections run from neuron to neuron; the kernel calls {@link #transmit} once per
 * presynaptic spike and connection, in the order of the spikes' times, from one thread.
 *
 * @since 1.2
 */
@ConsumerType
public interface PlasticSynapse extends SynapseModel {

    /** The per-connection values users see, in storage order (e.g. {@code tau_plus}, ..., {@code Kplus}). */
    List<String> state();

    /**
     * Parameters every connection of the model shares (NEST's common properties, e.g.
     * {@code stdp_synapse_hom}'s {@code Wmax}): each with a default in {@link #parameters()}, set with
     * the model's defaults ({@code SetDefaults}, {@code CopyModel}), neither listed nor changeable per
     * connection. The kernel passes them with each connection's values.
     *
     * @since 1.3
     */
    default List<String> commonParameters() {
        return List.of();
    }

    /** How many per-connection values follow the common parameters, private to the model; they start at 0. */
    default int hiddenState() {
        return 0;
    }

    /**
     * Checks one connection's values together, after {@code Connect} drew them and before
     * {@code SynapseCollection.set} changes them, e.g. that {@code weight} and {@code Wmax} have
     * one sign.
     *
     * @param weight the connection's weight in pA
     * @throws org.syncytium.api.error.BadPropertyException naming the value that is wrong
     */
    void check(double weight, double[] values, int offset);

    /**
     * True (the default) if the weight {@link #transmit} returns becomes the connection's weight, as
     * under spike-timing dependent plasticity; false if it is the amplitude of that spike only and the
     * connection keeps its weight, as under short-term plasticity ({@code tsodyks_synapse}: each spike
     * carries a fraction of a fixed weight).
     *
     * @since 1.4
     */
    default boolean changesWeight() {
        return true;
    }

    /**
     * For models whose spikes carry one value while the connection's weight follows another (a
     * NESTML synapse that changes {@code w} and emits {@code u * w}): the index among the
     * connection's hidden values where {@link #transmit} leaves the weight (pA) the connection keeps,
     * whatever it returns. The kernel then reads {@code values[offset + state().size() +
     * commonParameters().size() + weightValue()]} after each spike, also after one that does not
     * pass, and {@link #changesWeight()} is not asked. -1 (the default): no such value.
     *
     * @since 1.6
     */
    default int weightValue() {
        return -1;
    }

    /**
     * A presynaptic spike passes the connection: updates its values and returns the weight (pA) the
     * spike delivers, which the connection keeps as its new weight where {@link #changesWeight()}.
     *
     * @param weight the connection's weight before this spike, pA
     * @param spikeTime the spike's time stamp in ms (the end of the step it was emitted in)
     * @param delay the connection's delay in ms, taken as NEST's dendritic delay
     * @param target the spike history of the connection's target neuron
     */
    double transmit(double weight, double[] values, int offset, double spikeTime, double delay, SpikeHistory target);

    /**
     * {@link #transmit(double, double[], int, double, double, SpikeHistory)} for models whose
     * transmission is random (NEST's {@code bernoulli_synapse}, {@code quantal_stp_synapse}): the
     * kernel always calls this form, with {@code random}, the stream of the connection's target for
     * such draws (derived from {@code rng_seed} and the target, the same whatever the threads or
     * processes, continued from spike to spike and from run to run). Such a model returns
     * {@link Double#NaN} for a spike that does not pass: nothing is delivered or recorded, and the
     * connection keeps its weight. The default ignores {@code random}.
     *
     * @since 1.5
     */
    default double transmit(double weight, double[] values, int offset, double spikeTime, double delay,
            SpikeHistory target, RandomStream random) {
        return transmit(weight, values, offset, spikeTime, delay, target);
    }
}
