/**
 * {@code bernoulli_synapse} and {@code quantal_stp_synapse}: NEST's spike synapses whose transmission
 * is random. Each draws from the kernel's stream of its target neuron (api.synapse 1.5) and lets a
 * spike that releases nothing fail: it is neither delivered nor recorded.
 */
package org.syncytium.plugins.stochastic;
