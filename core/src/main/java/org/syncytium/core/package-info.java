/**
 * The Syncytium kernel. {@link org.syncytium.core.Kernels#factory} makes simulators over a fixed
 * list of extensions (class path); under OSGi the kernel bundle registers a
 * {@link org.syncytium.api.SimulatorFactory} service that tracks installed plugins.
 */
@Export
@Version("0.1.0")
package org.syncytium.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
