/**
 * The connection-rule extension point: rules such as {@code fixed_indegree} generate (source, target) pairs.
 */
@Export
@Version("1.0.0")
package org.syncytium.api.connect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
