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

    /**
     * True if the call's {@code mask} lets this pair connect; true when the call has no mask (NEST's
     * spatial {@code Connect}). A mask is a region in the space the nodes' positions live in;
     * {@code aroundTarget} says where it is anchored: at target {@code j}'s position, so that it holds
     * the admissible sources (NEST's {@code fixed_indegree} and {@code pairwise_bernoulli} with
     * {@code use_on_source}), or at source {@code i}'s, holding the admissible targets (NEST's
     * {@code fixed_outdegree} and plain {@code pairwise_bernoulli}). Displacements wrap around where
     * the anchor's layer has periodic boundaries ({@code edge_wrap}).
     *
     * @since 1.3
     */
    default boolean inMask(int i, int j, boolean aroundTarget) {
        return true;
    }

    /**
     * The sources {@code i}, ascending, for which {@link #inMask inMask(i, j, aroundTarget)} holds: target
     * {@code j}'s candidates; every source without a mask. The kernel finds them through an index of the
     * positions, so a rule that asks this instead of testing each source costs about the mask's share of
     * the sources per target.
     *
     * @since 1.3
     */
    default int[] sourcesInMask(int j, boolean aroundTarget) {
        int[] found = new int[sourceCount()];
        int n = 0;
        for (int i = 0; i < found.length; i++) {
            if (inMask(i, j, aroundTarget)) {
                found[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /**
     * The targets {@code j}, ascending, for which {@link #inMask inMask(i, j, aroundTarget)} holds: source
     * {@code i}'s candidates; every target without a mask.
     *
     * @since 1.3
     */
    default int[] targetsInMask(int i, boolean aroundTarget) {
        int[] found = new int[targetCount()];
        int n = 0;
        for (int j = 0; j < found.length; j++) {
            if (inMask(i, j, aroundTarget)) {
                found[n++] = j;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /**
     * The value of {@code conn_spec} entry {@code name} for the pair (source {@code i}, target
     * {@code j}): the number itself, or for a rule that {@linkplain ConnectionRule#takesPairValues()
     * takes values per pair} a parameter given there (e.g. NEST's
     * {@code p = 0.5 * nest.spatial_distributions.gaussian(nest.spatial.distance, std=0.2)}), evaluated
     * with the pair's positions and drawn from a stream of the call and the pair, so that it does not
     * depend on threads or processes. The same pair gives the same value each time it is asked.
     *
     * @throws org.syncytium.api.error.BadPropertyException if the entry is neither a number nor a parameter
     * @since 1.3
     */
    default double pairValue(String name, int i, int j) {
        Object value = parameter(name);
        if (!(value instanceof Number number)) {
            throw new org.syncytium.api.error.BadPropertyException("connect", name, value, "must be a number");
        }
        return number.doubleValue();
    }

    /**
     * The value of {@code conn_spec} entry {@code name} for one node of the call: the number itself, or
     * for a rule that {@linkplain ConnectionRule#takesPairValues() takes values per pair} a parameter
     * given there, drawn per node (NEST's {@code indegree = nest.random.normal(5, 0.1)}, rounded by the
     * rule) from a stream of the call and the node, with {@code nest.spatial.pos} reading its position.
     *
     * @param index  a target index if {@code target}, else a source index
     * @throws org.syncytium.api.error.BadPropertyException if the entry is neither a number nor a parameter
     * @since 1.3
     */
    default double nodeValue(String name, int index, boolean target) {
        Object value = parameter(name);
        if (!(value instanceof Number number)) {
            throw new org.syncytium.api.error.BadPropertyException("connect", name, value, "must be a number");
        }
        return number.doubleValue();
    }

    /**
     * True if the call has a {@code mask} (the rule then asks {@link #inMask} for each pair it considers).
     *
     * @since 1.3
     */
    default boolean hasMask() {
        return false;
    }
}
