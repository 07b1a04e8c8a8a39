package org.syncytium.api.connect;

import org.osgi.annotation.versioning.ProviderType;
import org.syncytium.api.random.RandomStream;

/**
 * One {@code connect} call as a rule sees it: the sources and targets (node ids in collection order)
 * and the {@code conn_spec} with the rule's defaults filled in.
 */
@ProviderType
public interface ConnectionRequest {

    /** Number of sources. */
    int sourceCount();

    /** Number of targets. */
    int targetCount();

    /** Node id of source {@code i}. */
    long sourceId(int i);

    /** Node id of target {@code j}. */
    long targetId(int j);

    /** True if sources and targets are the same collection object (NEST's identity test). */
    boolean sameCollection();

    /**
     * A {@code conn_spec} value converted to the type the rule's schema declares ({@link Double},
     * {@link Long}, {@link Boolean}, {@link String}); the rule's default if the user gave none.
     */
    Object parameter(String name);

    /**
     * The random stream for drawing the connections of target {@code j}; it depends on the seed, the
     * connect call and the target's id only, so the drawn network does not depend on threads.
     */
    RandomStream targetStream(int j);

    /** The random stream for draws that are not per target (e.g. per source for {@code fixed_outdegree}). */
    RandomStream sourceStream(int i);

    /**
     * True if this process owns target {@code j} and stores its connections. Over several
     * processes (MPI ranks) each keeps only the connections of the targets it owns; a rule that
     * declares {@link ConnectionRule#connectsLocalTargetsOnly()} asks this to generate nothing for
     * the others. Always true in a single process and for targets that are not neurons (recorders).
     *
     * @since 1.1
     */
    default boolean isLocalTarget(int j) {
        return true;
    }
}
