package org.syncytium.plugins.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class OneToOneRuleTest {

    private final OneToOneRule rule = new OneToOneRule();

    @Test
    void connectsKToK() {
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, new long[] {5, 3, 7}, new long[] {1, 3, 2}, false, 1, Map.of()));
        assertEquals(List.of("5>1", "3>3", "7>2"), pairs.asText());
    }

    @Test
    void skipsAutapsesWhenForbidden() {
        Pairs pairs = Pairs.of(rule, new FakeRequest(rule, new long[] {5, 3, 7}, new long[] {1, 3, 2}, false, 1,
                Map.of("allow_autapses", false)));
        assertEquals(List.of("5>1", "7>2"), pairs.asText());
    }

    @Test
    void sizeMismatchNamesBothSizes() {
        FakeRequest request = new FakeRequest(rule, FakeRequest.ids(1, 3), FakeRequest.ids(1, 4), false, 1, Map.of());
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> rule.validate(request));
        assertTrue(e.getMessage().contains("3 sources and 4 targets"), e.getMessage());
        assertEquals("one_to_one", e.owner());
    }

    @Test
    void supportsMakeSymmetricWithDefaultFalse() {
        assertTrue(rule.supportsSymmetric());
        assertFalse(rule.isSymmetric(new FakeRequest(rule, FakeRequest.ids(1, 2), FakeRequest.ids(1, 2), true, 1, Map.of())));
        assertEquals(false, rule.parameters().defaults().get("make_symmetric"));
    }
}
