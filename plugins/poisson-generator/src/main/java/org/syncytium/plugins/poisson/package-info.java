/**
 * {@code poisson_generator}: an independent Poisson spike train for every target connection, drawn
 * exactly by inverting a precomputed cumulative distribution table.
 */
package org.syncytium.plugins.poisson;
