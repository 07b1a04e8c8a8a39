/**
 * The {@code hh_psc_alpha_gap} neuron model plugin: equations, NEST/GSL-exact adaptive RKF45
 * integration, spike and gap-junction semantics of NEST's model, as an
 * {@link org.syncytium.api.neuron.NeuronModel} service.
 */
package org.syncytium.plugins.hh;
