/**
 * NEST's current-based leaky integrate-and-fire neurons with exact integration on the time grid:
 * {@code iaf_psc_delta} (each spike moves V_m by its weight in mV) and {@code iaf_psc_exp}
 * (exponentially decaying synaptic currents in pA). Both keep V_m relative to E_L, as NEST does.
 */
package org.syncytium.plugins.iafpsc;
