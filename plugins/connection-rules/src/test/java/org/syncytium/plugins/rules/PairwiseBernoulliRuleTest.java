package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class PairwiseBernoulliRuleTest {

    private final PairwiseBernoulliRule rule = new PairwiseBernoulliRule();

    @Test
    void countIsWithinFiveSigmaOfPNM() {
        int n = 300;
        int m = 200;
        double p = 0.1;
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, FakeRequest.ids(1, n), FakeRequest.ids(1000, m), false, 21,
                Map.of("p", p)));
        double mean = p * n * m;
        double sigma = Math.sqrt(n * m * p * (1 - p));
        assertTrue(Math.abs(pairs.size() - mean) < 5 * sigma, "count " + pairs.size());
        assertEquals(pairs.size(), new HashSet<>(pairs.asText()).size(), "no multapses");
    }

    @Test
    void extremesAreExact() {
        long[] nodes = FakeRequest.ids(1, 10);
        assertEquals(100, Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 1, Map.of("p", 1.0))).size());
        assertEquals(90, Pairs.of(rule,
                new FakeRequest(rule, nodes, nodes, true, 1, Map.of("p", 1.0, "allow_autapses", false))).size());
        assertEquals(0, Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 1, Map.of("p", 0.0))).size());
    }

    @Test
    void deterministicForEqualSeeds() {
        long[] nodes = FakeRequest.ids(1, 30);
        assertEquals(Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 8, Map.of("p", 0.3))).asText(),
                Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 8, Map.of("p", 0.3))).asText());
    }

    @Test
    void rejectsProbabilityOutsideTheUnitInterval() {
        long[] nodes = FakeRequest.ids(1, 3);
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of("p", 1.5))));
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of("p", -0.1))));
        assertThrows(BadPropertyException.class,
                () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, Map.of())));
    }
}
