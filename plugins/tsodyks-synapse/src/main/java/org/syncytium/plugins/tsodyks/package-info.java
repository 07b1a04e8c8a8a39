/**
 * {@code tsodyks_synapse} and {@code tsodyks2_synapse}: NEST's spike synapses with short-term
 * depression and facilitation after Tsodyks, Uziel and Markram (2000) and Fuhrmann et al. (2002).
 * Each spike carries a fraction of the connection's fixed weight; the fraction follows the
 * connection's resources and release probability, updated in closed form between spikes.
 */
package org.syncytium.plugins.tsodyks;
