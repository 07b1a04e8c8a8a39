/**
 * The recorder extension point: {@code spike_recorder}, {@code multimeter}; recorded data as {@link org.syncytium.api.record.Events}.
 *
 * <p>1.5 (additive): {@link org.syncytium.api.record.Recording#spike(long, long, double)}, a spike with its
 * offset within the step; {@link org.syncytium.api.record.Recording#attach(RecordingContext)}, the kernel's
 * settings of the moment from creation on.
 *
 * <p>1.6 (additive): {@link org.syncytium.api.record.RecordedKind#WEIGHTS} and
 * {@link org.syncytium.api.record.Recording#weight}, NEST's {@code weight_recorder}: the weights spikes
 * carry through the connections of the synapse models that name the recorder; {@code recordFrom()} and
 * {@code interval()} default to what a recorder that samples nothing answers.
 */
@Export
@Version("1.6.0")
package org.syncytium.api.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
