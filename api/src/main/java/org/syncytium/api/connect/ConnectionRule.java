package org.syncytium.api.connect;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/**
 * A connection rule such as {@code fixed_indegree}: turns a {@link ConnectionRequest} into
 * (source, target) pairs. {@link #parameters()} lists the {@code conn_spec} keys other than
 * {@code rule} (e.g. {@code indegree}, {@code allow_autapses}, {@code allow_multapses},
 * {@code make_symmetric}) with their defaults.
 */
@ConsumerType
public interface ConnectionRule extends Extension {

    /** True if the rule accepts {@code make_symmetric: true} (the kernel then also connects the mirror pairs). */
    boolean supportsSymmetric();

    /** True if the rule creates only mirrored pairs by itself for this request (all_to_all on one collection). */
    boolean isSymmetric(ConnectionRequest request);

    /**
     * Checks the request (sizes, counts) before anything is connected.
     *
     * @throws org.syncytium.api.error.BadPropertyException naming rule, parameter, value and rule
     */
    void validate(ConnectionRequest request);

    /** Generates the pairs, calling {@code sink} once per connection (multapses allowed). */
    void connect(ConnectionRequest request, ConnectionSink sink);

    /**
     * True if {@link #connect} generates pairs only for targets {@code j} with
     * {@link ConnectionRequest#isLocalTarget(int)} true and reports the connections of every other
     * target with {@link ConnectionSink#skip(int)} at the place they would have had, without storing
     * them. The network must come out the same as when every target is generated (draw a target's
     * connections from its own {@link ConnectionRequest#targetStream(int)}), so that it does not
     * depend on the number of processes. The default, false, makes the kernel generate every pair
     * on every process and drop the other processes' targets, which is correct but costs every
     * process the time of the whole rule.
     *
     * @since 1.1
     */
    default boolean connectsLocalTargetsOnly() {
        return false;
    }

    /**
     * True if this is the rule {@code connect} uses when {@code conn_spec} names none (NEST's
     * {@code all_to_all}). The kernel names no rule itself: it takes the installed rule that
     * declares this (the first by name if several do).
     *
     * @since 1.1
     */
    default boolean isDefault() {
        return false;
    }

    /**
     * True if the rule connects source k to target k and nothing else (NEST's {@code one_to_one}):
     * the rule {@code connect} with arrays of node ids means, which the kernel pairs itself (one
     * call per pair must stay cheap); {@code conn_spec} may name it there.
     *
     * @since 1.1
     */
    default boolean connectsByPosition() {
        return false;
    }

    /**
     * False if the rule draws its pairs at random (NEST's {@code fixed_indegree}, {@code fixed_outdegree},
     * {@code fixed_total_number}, {@code pairwise_bernoulli}, ...): NEST does not let such rules
     * target devices ("nodes without proxies"), so the kernel refuses a recorder as their target.
     * True, the default, for rules that name every pair ({@code all_to_all}, {@code one_to_one}).
     *
     * @since 1.2
     */
    default boolean mayTargetRecorders() {
        return true;
    }

    /**
     * True if the rule applies a {@code conn_spec} {@code mask} (through
     * {@link ConnectionRequest#inMask}) and reads its numbers that NEST lets vary per pair through
     * {@link ConnectionRequest#pairValue} (a connection probability given as a spatial or random
     * parameter). The kernel refuses a mask and such parameters for the other rules, naming the rule.
     *
     * @since 1.3
     */
    default boolean takesPairValues() {
        return false;
    }

    /**
     * Whether this call may target recorders; by default {@link #mayTargetRecorders()}. NEST lets its
     * spatial {@code pairwise_bernoulli} with {@code use_on_source} connect neurons to a recorder layer.
     *
     * @since 1.3
     */
    default boolean mayTargetRecorders(ConnectionRequest request) {
        return mayTargetRecorders();
    }
}
