/**
 * The synapse-model extension point: what a connection carries (spikes with delay, or gap-junction waveforms without).
 *
 * <p>1.1 (additive): {@link org.syncytium.api.synapse.SynapseModel#isDefault()}, the model a
 * {@code connect} without {@code synapse_model} uses, declared by its bundle, so the kernel names
 * no synapse model.
 */
@Export
@Version("1.1.0")
package org.syncytium.api.synapse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
