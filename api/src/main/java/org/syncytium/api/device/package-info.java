/**
 * The stimulus-device extension point: spike and current generators such as {@code poisson_generator}.
 */
@Export
@Version("1.1.0")
package org.syncytium.api.device;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
