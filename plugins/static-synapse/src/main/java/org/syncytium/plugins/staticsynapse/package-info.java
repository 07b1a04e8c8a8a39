/**
 * {@code static_synapse}: NEST's spike synapse with a fixed weight (pA) and delay (ms).
 */
package org.syncytium.plugins.staticsynapse;
