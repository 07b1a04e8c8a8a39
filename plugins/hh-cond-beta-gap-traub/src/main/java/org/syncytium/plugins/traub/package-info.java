/**
 * NEST's {@code hh_cond_beta_gap_traub}: Traub's Hodgkin-Huxley neuron with beta-function synaptic
 * conductances and gap junctions (waveform relaxation), integrated with GSL's adaptive RKF45.
 */
package org.syncytium.plugins.traub;
