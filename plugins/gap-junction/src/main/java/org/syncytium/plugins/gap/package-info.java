/**
 * {@code gap_junction}: NEST's electrical synapse, a conductance (nS) without delay, made in
 * mirrored pairs.
 */
package org.syncytium.plugins.gap;
