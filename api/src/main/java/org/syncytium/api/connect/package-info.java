/**
 * The connection-rule extension point: rules such as {@code fixed_indegree} generate (source, target) pairs.
 *
 * <p>1.1 (additive): a rule may generate only the pairs whose target this process owns
 * ({@link org.syncytium.api.connect.ConnectionRule#connectsLocalTargetsOnly()},
 * {@link org.syncytium.api.connect.ConnectionRequest#isLocalTarget(int)},
 * {@link org.syncytium.api.connect.ConnectionSink#skip(int)}); rules that do not still work: the
 * kernel drops the pairs of other processes' targets.
 */
@Export
@Version("1.1.0")
package org.syncytium.api.connect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
