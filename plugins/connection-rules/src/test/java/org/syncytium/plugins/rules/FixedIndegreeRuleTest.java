package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class FixedIndegreeRuleTest {

    private final FixedIndegreeRule rule = new FixedIndegreeRule();

    private Pairs connect(long[] sources, long[] targets, long seed, Map<String, ?> spec) {
        return Pairs.of(rule, new FakeRequest(rule, sources, targets, sources == targets, seed, spec));
    }

    @Test
    void theExampleNetworkHasExactInDegreesAndNoAutapses() {
        long[] neurons = FakeRequest.ids(1, 500);
        Pairs pairs = connect(neurons, neurons, 143202461L,
                Map.of("indegree", 50, "allow_autapses", false, "allow_multapses", true));
        assertEquals(25000, pairs.size());
        Map<Long, Integer> indegree = new HashMap<>();
        pairs.pairs.forEach(p -> indegree.merge(p[1], 1, Integer::sum));
        assertEquals(500, indegree.size());
        indegree.values().forEach(d -> assertEquals(50, d));
        assertEquals(0, pairs.countWhere(p -> p[0] == p[1]));
    }

    @Test
    void multapsesOccurWithFewSourcesWhenAllowed() {
        Pairs pairs = connect(FakeRequest.ids(1, 3), FakeRequest.ids(10, 4), 7, Map.of("indegree", 10));
        assertEquals(40, pairs.size());
        assertTrue(distinctPairs(pairs) <= 12, "at most 3 x 4 distinct pairs");
    }

    @Test
    void noMultapsesWhenForbidden() {
        long[] nodes = FakeRequest.ids(1, 6);
        Pairs pairs = connect(nodes, nodes, 3, Map.of("indegree", 5, "allow_multapses", false, "allow_autapses", false));
        assertEquals(30, pairs.size());
        assertEquals(30, distinctPairs(pairs));
        assertEquals(0, pairs.countWhere(p -> p[0] == p[1]));
    }

    @Test
    void sameStreamsGiveTheSamePairs() {
        long[] nodes = FakeRequest.ids(1, 50);
        Map<String, Object> spec = Map.of("indegree", 5);
        assertEquals(connect(nodes, nodes, 11, spec).asText(), connect(nodes, nodes, 11, spec).asText());
        assertNotEquals(connect(nodes, nodes, 11, spec).asText(), connect(nodes, nodes, 12, spec).asText());
    }

    @Test
    void drawsUseTheTargetStreamInTargetOrder() {
        long[] sources = FakeRequest.ids(1, 9);
        Pairs pairs = connect(sources, new long[] {20, 21}, 5, Map.of("indegree", 3));
        SeededStream s20 = new SeededStream(5, 40);
        SeededStream s21 = new SeededStream(5, 42);
        long[] expected = {
            sources[s20.nextInt(9)], sources[s20.nextInt(9)], sources[s20.nextInt(9)],
            sources[s21.nextInt(9)], sources[s21.nextInt(9)], sources[s21.nextInt(9)]};
        for (int k = 0; k < 6; k++) {
            assertEquals(expected[k], pairs.pairs.get(k)[0]);
            assertEquals(k < 3 ? 20 : 21, pairs.pairs.get(k)[1]);
        }
    }

    @Test
    void rejectsBadCounts() {
        long[] nodes = FakeRequest.ids(1, 4);
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of("indegree", -1))));
        assertThrows(BadPropertyException.class, () -> rule.validate(
                new FakeRequest(rule, nodes, nodes, true, 1, Map.of("indegree", 5, "allow_multapses", false))));
        assertThrows(BadPropertyException.class, () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1,
                Map.of("indegree", 4, "allow_multapses", false, "allow_autapses", false))));
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, new long[0], nodes, false, 1, Map.of("indegree", 1))));
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of())), "indegree is required");
    }

    @Test
    void theTargetAsOnlySourceIsAnErrorNotAnEndlessLoop() {
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> rule.validate(new FakeRequest(rule,
                new long[] {7}, new long[] {6, 7}, false, 1, Map.of("indegree", 2, "allow_autapses", false))));
        assertTrue(e.getMessage().contains("node 7"), e.getMessage());
    }

    private static int distinctPairs(Pairs pairs) {
        Set<String> set = new HashSet<>(pairs.asText());
        return set.size();
    }
}
