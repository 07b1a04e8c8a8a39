/**
 * The stimulus-device extension point: spike and current generators such as {@code poisson_generator}.
 *
 * <p>1.2 (additive): {@link org.syncytium.api.device.Stimulus#prepare(double, double)}, which also hands a
 * device the kernel's {@code tics_per_ms}.
 */
@Export
@Version("1.2.0")
package org.syncytium.api.device;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
