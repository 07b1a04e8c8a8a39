/**
 * {@code inhomogeneous_poisson_generator}: Poisson spike trains whose rate changes at given times.
 */
package org.syncytium.plugins.inhomogeneous;
