package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class SymmetricPairwiseBernoulliRuleTest {

    private final SymmetricPairwiseBernoulliRule rule = new SymmetricPairwiseBernoulliRule();

    private static Map<String, Object> spec(double p) {
        return Map.of("p", p, "allow_autapses", false, "make_symmetric", true);
    }

    @Test
    void eachTargetDrawsDistinctPartnersOtherThanItselfAboutPNTimes() {
        int n = 400;
        double p = 0.05;
        long[] nodes = FakeRequest.ids(1, n);
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 5, spec(p)));
        Map<Long, Set<Long>> partners = new HashMap<>();
        for (long[] pair : pairs.pairs) {
            assertTrue(pair[0] != pair[1], "no autapse");
            assertTrue(partners.computeIfAbsent(pair[1], t -> new HashSet<>()).add(pair[0]),
                    "a target draws a source once");
        }
        // Binomial(n, p) per target (truncated below n): mean n p, variance n p (1 - p) per target
        double mean = (double) n * n * p;
        double sigma = Math.sqrt(n * n * p * (1 - p));
        assertTrue(Math.abs(pairs.size() - mean) < 5 * sigma, "drawn " + pairs.size() + ", expected about " + mean);
    }

    @Test
    void theSameSeedDrawsTheSamePairsAndZeroDrawsNone() {
        long[] nodes = FakeRequest.ids(1, 50);
        assertEquals(Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 3, spec(0.2))).asText(),
                Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 3, spec(0.2))).asText());
        assertEquals(0, Pairs.of(rule, new FakeRequest(rule, nodes, nodes, true, 3, spec(0.0))).size());
    }

    @Test
    void nestsConditionsAreChecked() {
        long[] nodes = FakeRequest.ids(1, 5);
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(
                Map.of("p", 1.0, "allow_autapses", false, "make_symmetric", true),
                Map.of("p", -0.1, "allow_autapses", false, "make_symmetric", true),
                Map.of("allow_autapses", false, "make_symmetric", true),
                Map.of("p", 0.1, "make_symmetric", true),
                Map.of("p", 0.1, "allow_autapses", false),
                Map.of("p", 0.1, "allow_autapses", false, "make_symmetric", true, "allow_multapses", false))) {
            BadPropertyException e = assertThrows(BadPropertyException.class,
                    () -> rule.validate(new FakeRequest(rule, nodes, nodes, true, 1, bad)), bad.toString());
            assertTrue(e.getMessage().contains("symmetric_pairwise_bernoulli"), e.getMessage());
        }
    }
}
