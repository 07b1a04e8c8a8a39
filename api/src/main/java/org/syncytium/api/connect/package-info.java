/**
 * The connection-rule extension point: rules such as {@code fixed_indegree} generate (source, target) pairs.
 *
 * <p>1.1 (additive): a rule may generate only the pairs whose target this process owns
 * ({@link org.syncytium.api.connect.ConnectionRule#connectsLocalTargetsOnly()},
 * {@link org.syncytium.api.connect.ConnectionRequest#isLocalTarget(int)},
 * {@link org.syncytium.api.connect.ConnectionSink#skip(int)}); rules that do not still work: the
 * kernel drops the pairs of other processes' targets. A rule declares itself the default of
 * {@code connect} ({@link org.syncytium.api.connect.ConnectionRule#isDefault()}) or the rule of
 * connections by position ({@link org.syncytium.api.connect.ConnectionRule#connectsByPosition()}),
 * so the kernel names no rule.
 *
 * <p>1.2 (additive): a rule that draws its pairs at random says so
 * ({@link org.syncytium.api.connect.ConnectionRule#mayTargetRecorders()} false), and the kernel then
 * refuses a recorder as its target, as NEST does.
 */
@Export
@Version("1.3.0")
package org.syncytium.api.connect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
