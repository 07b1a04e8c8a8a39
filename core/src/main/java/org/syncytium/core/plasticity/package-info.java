/**
 * Plastic connections: their models' per-connection values, and the postsynaptic spike history the
 * models read (NEST's archiving node).
 */
package org.syncytium.core.plasticity;
