/**
 * {@code sinusoidal_poisson_generator}: Poisson spike trains whose rate is a constant plus a sine.
 */
package org.syncytium.plugins.sinusoidalpoisson;
