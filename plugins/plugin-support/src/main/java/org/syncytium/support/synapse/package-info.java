/**
 * Helpers for synapse-model plugins: checking syn_spec values given as scalars, arrays or random parameters
 * (1.0); {@link org.syncytium.support.synapse.PlasticSynapseModel}, what every plastic model states alike (1.1);
 * {@link org.syncytium.support.synapse.ValueRules}, a model's range checks by parameter name (1.2).
 * Shared by several plugin bundles; not part of the api contract.
 */
@Export
@Version("1.2.0")
package org.syncytium.support.synapse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
