/**
 * The synapse-model extension point: what a connection carries (spikes with delay, or gap-junction waveforms without).
 *
 * <p>1.1 (additive): {@link org.syncytium.api.synapse.SynapseModel#isDefault()}, the model a
 * {@code connect} without {@code synapse_model} uses, declared by its bundle, so the kernel names
 * no synapse model.
 *
 * <p>1.2 (additive): {@link org.syncytium.api.synapse.PlasticSynapse}, a spike synapse whose
 * connections keep state and change as spikes pass (NEST's {@code stdp_synapse}), and
 * {@link org.syncytium.api.synapse.SpikeHistory}, the postsynaptic spike history and trace the kernel
 * keeps for it (NEST's archiving node, with {@code tau_minus} on every neuron).
 *
 * <p>1.3 (additive): {@link org.syncytium.api.synapse.PlasticSynapse#commonParameters()}, parameters
 * all connections of a plastic model share (NEST's common properties, {@code stdp_synapse_hom}).
 *
 * <p>1.4 (additive): {@link org.syncytium.api.synapse.PlasticSynapse#changesWeight()}, false for models
 * whose spikes carry an amplitude derived from a weight that stays (short-term plasticity,
 * {@code tsodyks_synapse}).
 *
 * <p>1.5 (additive): a {@link org.syncytium.api.synapse.PlasticSynapse#transmit(double, double[], int,
 * double, double, org.syncytium.api.synapse.SpikeHistory, org.syncytium.api.random.RandomStream)} that
 * draws random numbers and may let a spike fail ({@code bernoulli_synapse}, {@code quantal_stp_synapse});
 * {@link org.syncytium.api.synapse.SpikeHistory#nearestKMinus(double)}, the nearest-neighbour trace of
 * the {@code stdp_nn_*} synapses.
 *
 * <p>1.6 (additive): {@link org.syncytium.api.synapse.PlasticSynapse#weightValue()}, where a model
 * keeps the weight a connection holds after a spike when it differs from what the spike carries, and
 * {@link org.syncytium.api.synapse.SynapseModel#parameterAliases()}, a parameter's other names (NESTML
 * synapse models: the weight and delay variables).
 */
@Export
@Version("1.6.0")
package org.syncytium.api.synapse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
