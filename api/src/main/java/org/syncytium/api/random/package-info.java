/**
 * Random streams handed out by the kernel, seeded from {@code rng_seed} so that results do not depend on the number of threads.
 */
@Export
@Version("1.0.0")
package org.syncytium.api.random;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
