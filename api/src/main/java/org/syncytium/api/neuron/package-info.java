/**
 * The neuron-model extension point: a model makes a {@link org.syncytium.api.neuron.Population}, structure-of-arrays state updated in batches over a slice of steps.
 */
@Export
@Version("1.11.0")
package org.syncytium.api.neuron;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
