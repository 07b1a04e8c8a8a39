package org.syncytium.plugins.rules;

import java.util.Arrays;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.random.RandomStream;

/**
 * What {@code fixed_indegree} and {@code fixed_outdegree} share: for every focal node (a target,
 * resp. a source) draw {@code degree} partners uniformly from the other side with the focal node's
 * own stream, redrawing a partner that is the focal node itself when autapses are forbidden and a
 * partner already drawn for this focal node when multapses are forbidden. Written once with a
 * "side" abstraction so that both rules check and draw identically.
 */
abstract class DegreeRule {

    private final String rule;
    private final String degreeName;

    DegreeRule(String rule, String degreeName) {
        this.rule = rule;
        this.degreeName = degreeName;
    }

    /** Number of focal nodes (targets for in-degree). */
    abstract int focalCount(ConnectionRequest request);

    /** Number of candidate partners (sources for in-degree). */
    abstract int poolCount(ConnectionRequest request);

    abstract long focalId(ConnectionRequest request, int focal);

    abstract long poolId(ConnectionRequest request, int partner);

    abstract RandomStream stream(ConnectionRequest request, int focal);

    /** Connects partner and focal node in the rule's direction. */
    abstract void connect(ConnectionSink sink, int focal, int partner);

    /**
     * True if this process keeps focal node {@code focal}'s connections; a rule whose focal nodes
     * are targets passes the others over ({@code ConnectionRule.connectsLocalTargetsOnly}).
     */
    boolean isLocal(ConnectionRequest request, int focal) {
        return true;
    }

    /** "sources" or "targets": what the partners are, for messages. */
    abstract String poolName();

    /**
     * Checks every count before anything is drawn, including the cases in which drawing would never
     * end (NEST would loop forever or only warn): a focal node whose only admissible partner is itself.
     */
    final void validate(ConnectionRequest request) {
        long degree = RuleParameters.count(rule, request, degreeName);
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        boolean multapses = RuleParameters.flag(request, RuleParameters.ALLOW_MULTAPSES);
        int pool = poolCount(request);
        if (pool == 0 && focalCount(request) > 0) {
            throw new BadPropertyException(rule, poolName(), 0, "must not be empty for " + rule);
        }
        if (!multapses && degree > pool) {
            throw new BadPropertyException(rule, degreeName, degree, "cannot exceed the number of "
                    + poolName() + " (" + pool + ") when allow_multapses is false");
        }
        if (autapses || degree == 0) {
            return;
        }
        long[] sorted = new long[pool];
        for (int k = 0; k < pool; k++) {
            sorted[k] = poolId(request, k);
        }
        Arrays.sort(sorted);
        for (int f = 0; f < focalCount(request); f++) {
            long id = focalId(request, f);
            long available = pool - SortedIds.occurrences(sorted, id);
            if (available == 0 || (!multapses && degree > available)) {
                throw new BadPropertyException(rule, degreeName, degree, "cannot be drawn for node " + id
                        + ": with allow_autapses false it has only " + available + " admissible "
                        + poolName() + " (drawing would never end)");
            }
        }
    }

    /** Draws and connects; draws per focal node in focal order, so the result depends only on the streams. */
    final void draw(ConnectionRequest request, ConnectionSink sink) {
        validate(request);
        int degree = (int) RuleParameters.count(rule, request, degreeName);
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        boolean multapses = RuleParameters.flag(request, RuleParameters.ALLOW_MULTAPSES);
        int pool = poolCount(request);
        // Generation marks: drawnIn[p] == focal + 1 means p was already drawn for this focal node.
        int[] drawnIn = multapses ? null : new int[pool];
        for (int f = 0; f < focalCount(request); f++) {
            if (!isLocal(request, f)) {
                // the focal node's partners come from its own stream: nothing to draw for another process
                sink.skip(degree);
                continue;
            }
            RandomStream stream = stream(request, f);
            long self = focalId(request, f);
            for (int made = 0; made < degree; made++) {
                int p;
                do {
                    p = stream.nextInt(pool);
                } while ((!autapses && poolId(request, p) == self) || (drawnIn != null && drawnIn[p] == f + 1));
                if (drawnIn != null) {
                    drawnIn[p] = f + 1;
                }
                connect(sink, f, p);
            }
        }
    }
}
