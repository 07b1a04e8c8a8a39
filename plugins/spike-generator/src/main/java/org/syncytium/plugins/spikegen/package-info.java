/** {@code spike_generator}: spikes at times the user lists, as NEST's device of that name. */
package org.syncytium.plugins.spikegen;
