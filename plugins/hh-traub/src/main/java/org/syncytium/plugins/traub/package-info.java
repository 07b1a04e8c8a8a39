/**
 * NEST's Hodgkin-Huxley neurons after Traub and Miles (1991), integrated with GSL's adaptive RKF45:
 * {@code hh_cond_beta_gap_traub} (beta-function synaptic conductances, gap junctions by waveform
 * relaxation) and {@code hh_cond_exp_traub} (exponentially decaying conductances).
 */
package org.syncytium.plugins.traub;
