/**
 * NEST's {@code izhikevich}: Izhikevich's (2003) simple model, dv/dt = 0.04 v² + 5 v + 140 − u + I,
 * du/dt = a (b v − u), reset v ← c, u ← u + d at v ≥ V_th, with NEST's step.
 */
package org.syncytium.plugins.izhikevich;
