/**
 * What every extension point shares: a NEST name, a description and a parameter schema.
 */
@Export
@Version("1.1.0")
package org.syncytium.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
