package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;

/**
 * The rules' spatial side (NEST's masks and per-pair values) against a fake kernel whose mask and
 * values are functions of node ids: which nodes are candidates, where the mask is anchored, and what
 * the per-pair and per-node numbers do.
 */
class SpatialRulesTest {
    private static final long[] NODES = FakeRequest.ids(1, 10);

    @Test
    void bernoulliAnchorsTheMaskAtTheSourceOrWithUseOnSourceAtTheTarget() {
        PairwiseBernoulliRule rule = new PairwiseBernoulliRule();
        // the mask holds the node one id above the anchor
        FakeRequest plain = new FakeRequest(rule, NODES, NODES, true, 3, Map.of("p", 1.0)).mask((a, o) -> o == a + 1);
        Pairs pairs = Pairs.of(rule, plain);
        assertEquals(9, pairs.size());
        assertTrue(pairs.asText().contains("1>2") && pairs.asText().contains("9>10"), pairs.asText().toString());
        FakeRequest onSource = new FakeRequest(rule, NODES, NODES, true, 3, Map.of("p", 1.0, "use_on_source", true))
                .mask((a, o) -> o == a + 1);
        Pairs reversed = Pairs.of(rule, onSource);
        assertTrue(reversed.asText().contains("2>1") && reversed.asText().contains("10>9"), reversed.asText().toString());
    }

    @Test
    void bernoulliValuesPAtEachPair() {
        PairwiseBernoulliRule rule = new PairwiseBernoulliRule();
        FakeRequest request = new FakeRequest(rule, NODES, NODES, true, 5, Map.of())
                .perPair("p", (s, t) -> (s + t) % 2 == 0 ? 1.5 : -0.5);
        Pairs pairs = Pairs.of(rule, request);
        assertEquals(50, pairs.size(), "above 1 always, below 0 never");
        for (String pair : pairs.asText()) {
            String[] ids = pair.split(">");
            assertEquals(0, (Long.parseLong(ids[0]) + Long.parseLong(ids[1])) % 2, pair);
        }
        FakeRequest nan = new FakeRequest(rule, NODES, NODES, true, 5, Map.of()).perPair("p", (s, t) -> Double.NaN);
        assertThrows(BadPropertyException.class, () -> Pairs.of(rule, nan));
    }

    @Test
    void degreeRulesDrawInsideTheMaskWithTheirWeights() {
        FixedIndegreeRule in = new FixedIndegreeRule();
        // sources within one id of the target, itself excluded: 2 candidates (1 at the ends)
        FakeRequest request = new FakeRequest(in, NODES, NODES, true, 7, Map.of("indegree", 1, "allow_autapses", false))
                .mask((a, o) -> Math.abs(o - a) <= 1);
        for (String pair : Pairs.of(in, request).asText()) {
            String[] ids = pair.split(">");
            assertEquals(1, Math.abs(Long.parseLong(ids[0]) - Long.parseLong(ids[1])), pair);
        }
        FakeRequest tooFew = new FakeRequest(in, NODES, NODES, true, 7, Map.of("indegree", 2, "allow_autapses", false,
                "allow_multapses", false)).mask((a, o) -> Math.abs(o - a) <= 1);
        String message = assertThrows(KernelException.class, () -> Pairs.of(in, tooFew)).getMessage();
        assertTrue(message.contains("Node 1") && message.contains("not enough sources"), message);
        // weights: only the source one id below has weight, so every draw takes it
        FixedOutdegreeRule out = new FixedOutdegreeRule();
        FakeRequest weighted = new FakeRequest(out, FakeRequest.ids(2, 9), NODES, false, 9, Map.of("outdegree", 3))
                .perPair("p", (s, t) -> t == s - 1 ? 2.0 : 0.0);
        Pairs pairs = Pairs.of(out, weighted);
        assertEquals(27, pairs.size());
        FakeRequest none = new FakeRequest(out, NODES, NODES, true, 9, Map.of("outdegree", 3))
                .perPair("p", (s, t) -> t == s - 1 ? 2.0 : 0.0);
        String nothing = assertThrows(KernelException.class, () -> Pairs.of(out, none)).getMessage();
        assertTrue(nothing.contains("Node 1") && nothing.contains("0 admissible"), "node 1 has no target below: " + nothing);
        assertTrue(pairs.asText().stream().allMatch(p -> p.equals(p.split(">")[0] + ">"
                + (Long.parseLong(p.split(">")[0]) - 1))), pairs.asText().toString());
    }

    @Test
    void aDegreeDrawnPerNodeIsRoundedPerNode() {
        FixedIndegreeRule in = new FixedIndegreeRule();
        FakeRequest request = new FakeRequest(in, NODES, NODES, true, 11, Map.of()).perNode("indegree",
                id -> (id % 3) + 0.4);
        List<String> pairs = Pairs.of(in, request).asText();
        for (long target = 1; target <= 10; target++) {
            String suffix = ">" + target;
            assertEquals(target % 3, pairs.stream().filter(p -> p.endsWith(suffix)).count(), "node " + target);
        }
        FakeRequest negative = new FakeRequest(in, NODES, NODES, true, 11, Map.of()).perNode("indegree", id -> -1.0);
        assertThrows(BadPropertyException.class, () -> Pairs.of(in, negative));
    }

    @Test
    void poissonCountsHaveTheirMeanAndNeedMultapses() {
        PairwisePoissonRule rule = new PairwisePoissonRule();
        long[] sources = FakeRequest.ids(1, 100);
        long[] targets = FakeRequest.ids(1000, 100);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, sources, targets, false, 13,
                Map.of("pairwise_avg_num_conns", 0.5)));
        double mean = 0.5 * 100 * 100;
        assertTrue(Math.abs(pairs.size() - mean) < 5 * Math.sqrt(mean), "count " + pairs.size());
        assertThrows(BadPropertyException.class, () -> rule.validate(new FakeRequest(rule, sources, targets, false, 13,
                Map.of("pairwise_avg_num_conns", 0.5, "allow_multapses", false))));
        assertThrows(BadPropertyException.class, () -> rule.validate(new FakeRequest(rule, sources, targets, false, 13,
                Map.of("pairwise_avg_num_conns", -0.5))));
        Pairs masked = Pairs.of(rule, new FakeRequest(rule, NODES, NODES, true, 13, Map.of("pairwise_avg_num_conns",
                3.0)).mask((a, o) -> o.equals(a)));
        assertTrue(masked.asText().stream().allMatch(p -> p.split(">")[0].equals(p.split(">")[1])),
                masked.asText().toString());
    }
}
