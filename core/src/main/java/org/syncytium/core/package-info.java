/**
 * The Syncytium kernel. {@link org.syncytium.core.Kernels#factory} makes simulators over a fixed
 * list of extensions (class path); under OSGi the kernel bundle registers a
 * {@link org.syncytium.api.SimulatorFactory} service that tracks installed plugins.
 */
@Export
@Version("0.3.0") // 0.2: MachineOptions carries a SplitPolicy; 0.3: SplitPolicy.predict, PREDICTED (additive)
package org.syncytium.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
