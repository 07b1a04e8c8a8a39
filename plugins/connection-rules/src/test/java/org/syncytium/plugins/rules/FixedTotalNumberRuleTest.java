package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class FixedTotalNumberRuleTest {

    private final FixedTotalNumberRule rule = new FixedTotalNumberRule();

    @Test
    void makesExactlyNConnectionsSpreadOverBothSides() {
        long[] sources = FakeRequest.ids(1, 20);
        long[] targets = FakeRequest.ids(100, 30);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, sources, targets, false, 9, Map.of("N", 6000)));
        assertEquals(6000, pairs.size());
        // every target is drawn 200 times on average: all of them get some, none gets most
        for (long t = 100; t < 130; t++) {
            long target = t;
            long count = pairs.countWhere(p -> p[1] == target);
            assertTrue(count > 120 && count < 280, "target " + t + ": " + count);
        }
    }

    @Test
    void autapsesAreRedrawnWhenForbidden() {
        long[] nodes = FakeRequest.ids(1, 3);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 2,
                Map.of("N", 500, "allow_autapses", false)));
        assertEquals(500, pairs.size());
        assertEquals(0, pairs.countWhere(p -> p[0] == p[1]));
    }

    @Test
    void refusesWhatNestRefuses() {
        long[] nodes = FakeRequest.ids(1, 4);
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of("N", -1))));
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of())));
        BadPropertyException multapses = assertThrows(BadPropertyException.class, () -> rule.validate(
                new FakeRequest(rule, nodes, nodes, true, 1, Map.of("N", 3, "allow_multapses", false))));
        assertTrue(multapses.getMessage().contains("multapses"), multapses.getMessage());
        long[] one = FakeRequest.ids(7, 1);
        assertThrows(BadPropertyException.class, () -> rule.validate(
                new FakeRequest(rule, one, one, true, 1, Map.of("N", 1, "allow_autapses", false))));
    }
}
