/**
 * {@code spike_recorder}: records the spikes of the neurons connected to it, to memory or to a CSV
 * file written while the simulation runs.
 */
package org.syncytium.plugins.spikerecorder;
