/**
 * NEST's adaptive exponential integrate-and-fire neurons (Brette and Gerstner 2005) with
 * conductance-based synapses: {@code aeif_cond_alpha} and {@code aeif_cond_exp}, and with a conductance
 * per receptor, {@code aeif_cond_alpha_multisynapse} and {@code aeif_cond_beta_multisynapse}, integrated as NEST
 * does with GSL's RKF45 evolve steps, spikes detected between them.
 */
package org.syncytium.plugins.aeif;
