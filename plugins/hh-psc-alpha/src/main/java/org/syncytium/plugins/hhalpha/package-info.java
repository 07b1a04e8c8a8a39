/** {@code hh_psc_alpha}: NEST's classic Hodgkin-Huxley neuron with alpha-shaped synaptic currents. */
package org.syncytium.plugins.hhalpha;
