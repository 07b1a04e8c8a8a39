package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class FixedOutdegreeRuleTest {

    private final FixedOutdegreeRule rule = new FixedOutdegreeRule();

    @Test
    void everySourceHasExactOutDegree() {
        long[] nodes = FakeRequest.ids(1, 40);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 9,
                Map.of("outdegree", 7, "allow_autapses", false, "allow_multapses", false)));
        assertEquals(280, pairs.size());
        Map<Long, Integer> out = new HashMap<>();
        pairs.pairs.forEach(p -> out.merge(p[0], 1, Integer::sum));
        assertEquals(40, out.size());
        out.values().forEach(d -> assertEquals(7, d));
        assertEquals(0, pairs.countWhere(p -> p[0] == p[1]));
        assertEquals(280, new HashSet<>(pairs.asText()).size());
    }

    @Test
    void drawsUseTheSourceStream() {
        long[] targets = FakeRequest.ids(100, 10);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, new long[] {3}, targets, false, 4, Map.of("outdegree", 2)));
        SeededStream stream = new SeededStream(4, 7);
        assertEquals(targets[stream.nextInt(10)], pairs.pairs.get(0)[1]);
        assertEquals(targets[stream.nextInt(10)], pairs.pairs.get(1)[1]);
    }

    @Test
    void rejectsOutdegreeAboveTargetsWithoutMultapses() {
        assertThrows(BadPropertyException.class, () -> rule.validate(new FakeRequest(rule, FakeRequest.ids(1, 2),
                FakeRequest.ids(5, 3), false, 1, Map.of("outdegree", 4, "allow_multapses", false))));
        assertThrows(BadPropertyException.class, () -> rule.validate(new FakeRequest(rule, FakeRequest.ids(1, 2),
                new long[0], false, 1, Map.of("outdegree", 1))));
    }
}
