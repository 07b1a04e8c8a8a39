/**
 * Parameter schemas (names, types, units, defaults) and random parameters such as {@code uniform(min, max)}.
 *
 * <p>1.3 (additive): {@link org.syncytium.api.param.RandomParameter#steps()}, NEST's {@code nest.math}
 * functions on a random parameter.
 */
@Export
@Version("1.3.0")
package org.syncytium.api.param;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
