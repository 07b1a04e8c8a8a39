package org.syncytium.plugins.gap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.synapse.SynapseKind;

class GapJunctionTest {

    private final GapJunction model = new GapJunction();

    @Test
    void describesASymmetricGapSynapseWithoutDelay() {
        assertEquals("gap_junction", model.name());
        assertEquals(SynapseKind.GAP, model.kind());
        assertFalse(model.hasDelay());
        assertTrue(model.requiresSymmetric());
        assertEquals(Map.of("weight", 1.0), model.parameters().defaults());
        assertEquals("nS", model.parameters().find("weight").orElseThrow().unit());
    }

    @Test
    void rejectsDelayWithNestsMessage() {
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> model.validate("delay", 2.0));
        assertTrue(e.getMessage().contains("gap_junction connection has no delay"), e.getMessage());
        assertEquals("delay", e.parameter());
    }

    @Test
    void weightIsUnbounded() {
        assertDoesNotThrow(() -> model.validate("weight", 0.54));
        assertDoesNotThrow(() -> model.validate("weight", -3.0));
        assertDoesNotThrow(() -> model.validate("weight", 0));
        assertThrows(BadPropertyException.class, () -> model.validate("weight", Double.POSITIVE_INFINITY));
        assertThrows(UnknownNameException.class, () -> model.validate("wieght", 1.0));
    }
}
