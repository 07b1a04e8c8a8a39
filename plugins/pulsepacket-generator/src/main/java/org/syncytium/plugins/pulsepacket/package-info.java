/**
 * {@code pulsepacket_generator}: packets of spikes scattered normally around given times, the same
 * spikes to every target.
 */
package org.syncytium.plugins.pulsepacket;
