/**
 * {@code stdp_synapse}: NEST's spike synapse with pair-based spike-timing dependent plasticity
 * (Guetig et al. 2003 weight dependence; all-to-all pairing through exponential traces).
 */
package org.syncytium.plugins.stdpsynapse;
