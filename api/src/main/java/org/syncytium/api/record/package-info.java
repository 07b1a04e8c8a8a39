/**
 * The recorder extension point: {@code spike_recorder}, {@code multimeter}; recorded data as {@link org.syncytium.api.record.Events}.
 */
@Export
@Version("1.4.0")
package org.syncytium.api.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
