package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;

/**
 * Over several processes each generates only the targets it owns (api.connect 1.1): for every split
 * into 1 to 4 contiguous parts, the union of the parts' pairs, each at the number the skips give it,
 * is exactly the single process's list, and no process generates another's target.
 */
class LocalTargetsTest {

    /** Pairs as "number:source>target", the number counting skipped connections. */
    private static final class Numbered implements ConnectionSink {
        final List<String> pairs = new ArrayList<>();
        final ConnectionRequest request;
        int next;

        Numbered(ConnectionRequest request) {
            this.request = request;
        }

        @Override
        public void connect(int s, int t) {
            pairs.add(next++ + ":" + request.sourceId(s) + ">" + request.targetId(t));
        }

        @Override
        public void skip(int count) {
            assertTrue(count >= 0);
            next += count;
        }
    }

    private static List<String> generate(ConnectionRule rule, FakeRequest request) {
        Numbered sink = new Numbered(request);
        rule.validate(request);
        rule.connect(request, sink);
        return sink.pairs;
    }

    private static void sameForEverySplit(ConnectionRule rule, long[] sources, long[] targets, boolean same,
            Map<String, ?> spec) {
        assertTrue(rule.connectsLocalTargetsOnly(), rule.name());
        List<String> whole = generate(rule, new FakeRequest(rule, sources, targets, same, 5, spec));
        assertFalse(whole.isEmpty());
        int n = targets.length;
        for (int parts = 2; parts <= 4; parts++) {
            List<String> union = new ArrayList<>();
            for (int r = 0; r < parts; r++) {
                int from = n * r / parts;
                int to = n * (r + 1) / parts;
                List<String> mine = generate(rule, new FakeRequest(rule, sources, targets, same, 5, spec)
                        .localTargets(j -> j >= from && j < to));
                for (String pair : mine) {
                    long target = Long.parseLong(pair.substring(pair.indexOf('>') + 1));
                    int j = java.util.Arrays.binarySearch(targets, target);
                    assertTrue(j >= from && j < to, rule.name() + ": part " + r + " of " + parts + " made " + pair);
                }
                union.addAll(mine);
            }
            union.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.substring(0, p.indexOf(':')))));
            assertEquals(whole, union, rule.name() + " " + spec + " in " + parts + " parts");
        }
    }

    @Test
    void allToAll() {
        long[] nodes = FakeRequest.ids(1, 9);
        sameForEverySplit(new AllToAllRule(), nodes, nodes, true, Map.of());
        sameForEverySplit(new AllToAllRule(), nodes, nodes, true, Map.of("allow_autapses", false));
        sameForEverySplit(new AllToAllRule(), FakeRequest.ids(1, 4), FakeRequest.ids(3, 7), false,
                Map.of("allow_autapses", false));
    }

    @Test
    void oneToOne() {
        long[] nodes = FakeRequest.ids(1, 10);
        sameForEverySplit(new OneToOneRule(), nodes, nodes, true, Map.of());
        long[] swapped = {2, 1, 3, 4, 6, 5, 7, 8, 10, 9};
        sameForEverySplit(new OneToOneRule(), swapped, nodes, false, Map.of("allow_autapses", false));
    }

    @Test
    void fixedIndegree() {
        long[] nodes = FakeRequest.ids(1, 12);
        sameForEverySplit(new FixedIndegreeRule(), nodes, nodes, true, Map.of("indegree", 4));
        sameForEverySplit(new FixedIndegreeRule(), nodes, nodes, true,
                Map.of("indegree", 4, "allow_autapses", false, "allow_multapses", false));
    }

    @Test
    void pairwiseBernoulli() {
        long[] nodes = FakeRequest.ids(1, 15);
        sameForEverySplit(new PairwiseBernoulliRule(), nodes, nodes, true, Map.of("p", 0.3));
        sameForEverySplit(new PairwiseBernoulliRule(), nodes, nodes, true, Map.of("p", 0.3, "allow_autapses", false));
    }

    /** Its draws are per source: every process generates every pair and the kernel filters. */
    @Test
    void fixedOutdegreeGeneratesEveryTarget() {
        assertFalse(new FixedOutdegreeRule().connectsLocalTargetsOnly());
    }
}
