package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AllToAllRuleTest {

    private final AllToAllRule rule = new AllToAllRule();

    @Test
    void connectsEveryPairIncludingAutapsesByDefault() {
        long[] nodes = FakeRequest.ids(1, 4);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 1, Map.of()));
        assertEquals(16, pairs.size());
        assertEquals(4, pairs.countWhere(p -> p[0] == p[1]));
        assertEquals(List.of("1>1", "2>1", "3>1", "4>1"), pairs.asText().subList(0, 4));
    }

    @Test
    void leavesOutAutapsesWhenForbidden() {
        long[] nodes = FakeRequest.ids(1, 4);
        Pairs pairs = Pairs.of(rule,
                new FakeRequest(rule, nodes, nodes, true, 1, Map.of("allow_autapses", false)));
        assertEquals(12, pairs.size());
        assertEquals(0, pairs.countWhere(p -> p[0] == p[1]));
    }

    @Test
    void disjointCollectionsGiveNTimesM() {
        Pairs pairs = Pairs.of(rule,
                new FakeRequest(rule, FakeRequest.ids(1, 3), FakeRequest.ids(10, 5), false, 1, Map.of()));
        assertEquals(15, pairs.size());
    }

    @Test
    void symmetricOnlyForTheSameCollectionObject() {
        long[] nodes = FakeRequest.ids(1, 3);
        assertTrue(rule.isSymmetric(new FakeRequest(rule, nodes, nodes, true, 1, Map.of())));
        assertFalse(rule.isSymmetric(new FakeRequest(rule, nodes, nodes.clone(), false, 1, Map.of())));
        assertFalse(rule.supportsSymmetric());
    }

    @Test
    void schemaListsKeysWithNestDefaults() {
        assertEquals("all_to_all", rule.name());
        assertEquals(Map.of("allow_autapses", true, "allow_multapses", true, "make_symmetric", false),
                rule.parameters().defaults());
    }
}
