/**
 * {@code multimeter}: samples state variables of the neurons it is connected to, to memory or to a
 * CSV file written while the simulation runs.
 */
package org.syncytium.plugins.multimeter;
