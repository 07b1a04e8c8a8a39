/**
 * The synapse-model extension point: what a connection carries (spikes with delay, or gap-junction waveforms without).
 */
@Export
@Version("1.0.0")
package org.syncytium.api.synapse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
