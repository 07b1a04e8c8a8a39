/**
 * The recorder extension point: {@code spike_recorder}, {@code multimeter}; recorded data as {@link org.syncytium.api.record.Events}.
 *
 * <p>1.5 (additive): {@link org.syncytium.api.record.Recording#spike(long, long, double)}, a spike with its
 * offset within the step; {@link org.syncytium.api.record.Recording#attach(RecordingContext)}, the kernel's
 * settings of the moment from creation on.
 */
@Export
@Version("1.5.0")
package org.syncytium.api.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
