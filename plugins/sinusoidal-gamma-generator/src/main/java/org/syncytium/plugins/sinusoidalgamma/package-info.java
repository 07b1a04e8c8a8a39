/**
 * {@code sinusoidal_gamma_generator}: NEST's inhomogeneous gamma process with a sinusoidal rate.
 */
package org.syncytium.plugins.sinusoidalgamma;
