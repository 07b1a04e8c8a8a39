/**
 * Parameter schemas (names, types, units, defaults) and random parameters such as {@code uniform(min, max)}.
 */
@Export
@Version("1.2.0")
package org.syncytium.api.param;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
