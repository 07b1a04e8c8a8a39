/** Recording: spikes to spike recorders and state samples to multimeters, in (stamp, sender) order. */
package org.syncytium.core.record;
