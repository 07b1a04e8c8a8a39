/**
 * NEST's conductance-based leaky integrate-and-fire neurons {@code iaf_cond_alpha} and
 * {@code iaf_cond_exp}: GSL's RKF45 per step with NEST's control, V_m clamped at V_reset while
 * refractory.
 */
package org.syncytium.plugins.iafcond;
