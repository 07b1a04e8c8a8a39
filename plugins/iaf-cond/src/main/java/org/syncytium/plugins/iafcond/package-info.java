/**
 * NEST's conductance-based leaky integrate-and-fire neurons {@code iaf_cond_alpha},
 * {@code iaf_cond_exp} and {@code iaf_cond_exp_sfa_rr} (with spike-frequency adaptation and relative
 * refractoriness): GSL's RKF45 per step with NEST's control, V_m clamped at V_reset while refractory.
 */
package org.syncytium.plugins.iafcond;
