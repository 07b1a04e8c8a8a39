package org.syncytium.plugins.rules;

import java.util.Arrays;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
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

    /** Source index of the pair of {@code focal} and {@code partner}. */
    abstract int sourceOf(int focal, int partner);

    /** Target index of the pair of {@code focal} and {@code partner}. */
    abstract int targetOf(int focal, int partner);

    /** Where a mask is anchored: at the focal node, which is the target for in-degree. */
    abstract boolean maskAroundTarget();

    /** The partners inside the mask anchored at {@code focal}, ascending (the kernel's candidates). */
    abstract int[] partnersInMask(ConnectionRequest request, int focal);

    /**
     * Checks every count before anything is drawn, including the cases in which drawing would never
     * end (NEST would loop forever or only warn): a focal node whose only admissible partner is itself.
     */
    final void validate(ConnectionRequest request) {
        if (perNode(request)) {
            return; // each focal node's degree is drawn and checked as it is drawn
        }
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
        if (request.hasMask() || request.parameter(RuleParameters.P) != null || perNode(request)) {
            drawSpatial(request, sink);
            return;
        }
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

    /**
     * NEST's spatial variant: each focal node draws its partners among those inside the mask, each
     * with a weight {@code p} (a number or a function of the pair, e.g. of distance; equal weights
     * without it), redrawing a partner already taken (no multapses) or itself (no autapses).
     *
     * @throws KernelException naming the focal node if its mask holds too few partners
     */
    private void drawSpatial(ConnectionRequest request, ConnectionSink sink) {
        boolean perNode = perNode(request);
        int fixed = perNode ? 0 : (int) RuleParameters.count(rule, request, degreeName);
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        boolean multapses = RuleParameters.flag(request, RuleParameters.ALLOW_MULTAPSES);
        boolean weighted = request.parameter(RuleParameters.P) != null;
        int pool = poolCount(request);
        int[] candidates = new int[pool];
        double[] cumulative = new double[pool];
        int[] drawnIn = new int[pool];
        for (int f = 0; f < focalCount(request); f++) {
            int degree = perNode ? focalDegree(request, f) : fixed;
            if (!isLocal(request, f)) {
                sink.skip(degree);
                continue;
            }
            long self = focalId(request, f);
            int n = 0;
            int admissible = 0;
            double total = 0;
            int[] inside = request.hasMask() ? partnersInMask(request, f) : null;
            int considered = inside != null ? inside.length : pool;
            for (int k = 0; k < considered; k++) {
                int p = inside != null ? inside[k] : k;
                double w = weighted ? request.pairValue(RuleParameters.P, sourceOf(f, p), targetOf(f, p)) : 1.0;
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new BadPropertyException(rule, RuleParameters.P, w, "must be a finite weight >= 0 (pair of node "
                            + self + " and node " + poolId(request, p) + ")");
                }
                total += w;
                candidates[n] = p;
                cumulative[n++] = total;
                if (w > 0 && (autapses || poolId(request, p) != self)) {
                    admissible++;
                }
            }
            if (degree > 0 && (admissible == 0 || !multapses && admissible < degree)) {
                throw new KernelException("Node " + self + ": not enough " + poolName() + " found inside the mask ("
                        + admissible + " admissible with a weight above 0, " + degreeName + " " + degree
                        + (multapses ? "" : " without multapses") + ")");
            }
            RandomStream stream = stream(request, f);
            for (int made = 0; made < degree; made++) {
                int c;
                do {
                    c = weighted ? pick(cumulative, n, stream.nextDouble() * total) : stream.nextInt(n);
                } while (!autapses && poolId(request, candidates[c]) == self
                        || !multapses && drawnIn[candidates[c]] == f + 1);
                drawnIn[candidates[c]] = f + 1;
                connect(sink, f, candidates[c]);
            }
        }
    }

    /** True if the degree is a parameter drawn per focal node (NEST: rounded to the nearest whole number). */
    private boolean perNode(ConnectionRequest request) {
        Object value = request.parameter(degreeName);
        return value != null && !(value instanceof Number);
    }

    /** Focal node {@code f}'s degree, drawn and rounded; checked as NEST checks a given degree. */
    private int focalDegree(ConnectionRequest request, int f) {
        double drawn = request.nodeValue(degreeName, f, maskAroundTarget()); // the focal node is the target for in-degree
        double value = Math.floor(drawn + 0.5); // NEST rounds half away from zero; degrees below 0 are refused anyway
        if (!(drawn >= 0) || value > Integer.MAX_VALUE) {
            throw new BadPropertyException(rule, degreeName, drawn, "must be a number >= 0 (drawn for node "
                    + focalId(request, f) + ")");
        }
        return (int) value;
    }

    /** The first candidate whose cumulative weight exceeds {@code u} (a draw in [0, total)). */
    private static int pick(double[] cumulative, int n, double u) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
