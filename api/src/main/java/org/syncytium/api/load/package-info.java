/**
 * Model files loaded at run time (NESTML): a plugin that reads a file format offers a
 * {@link org.syncytium.api.load.ModelFileLoader}; the launcher and the shell hand it files, and the models
 * it registers appear as ordinary {@link org.syncytium.api.neuron.NeuronModel} services.
 */
@Export
@Version("1.0.0")
package org.syncytium.api.load;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
