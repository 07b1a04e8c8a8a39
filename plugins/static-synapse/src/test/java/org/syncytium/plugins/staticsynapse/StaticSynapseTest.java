package org.syncytium.plugins.staticsynapse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.synapse.SynapseKind;

class StaticSynapseTest {

    private final StaticSynapse model = new StaticSynapse();

    @Test
    void describesASpikeSynapseWithDelay() {
        assertEquals("static_synapse", model.name());
        assertEquals(SynapseKind.SPIKE, model.kind());
        assertTrue(model.hasDelay());
        assertEquals(Map.of("weight", 1.0, "delay", 1.0), model.parameters().defaults());
        assertEquals("pA", model.parameters().find("weight").orElseThrow().unit());
        assertEquals("ms", model.parameters().find("delay").orElseThrow().unit());
    }

    @Test
    void acceptsAnyRealWeightAndPositiveDelay() {
        assertDoesNotThrow(() -> model.validate("weight", -50.0));
        assertDoesNotThrow(() -> model.validate("weight", 300));
        assertDoesNotThrow(() -> model.validate("delay", 1.0));
        assertDoesNotThrow(() -> model.validate("delay", new double[] {0.1, 2.5}));
        assertDoesNotThrow(() -> model.validate("weight", RandomParameter.uniform(-1, 1)));
    }

    @Test
    void rejectsNonPositiveDelayAndNonFiniteWeight() {
        assertThrows(BadPropertyException.class, () -> model.validate("delay", 0.0));
        assertThrows(BadPropertyException.class, () -> model.validate("delay", List.of(1.0, -2.0)));
        assertThrows(BadPropertyException.class, () -> model.validate("weight", Double.NaN));
        assertThrows(BadPropertyException.class, () -> model.validate("weight", "heavy"));
    }

    @Test
    void rejectsUnknownKeysWithASuggestion() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> model.validate("weigth", 1.0));
        assertTrue(e.getMessage().contains("did you mean \"weight\""), e.getMessage());
    }

    @Test
    void theHpcNameIsTheSameModelButNotTheDefault() {
        StaticSynapse hpc = new StaticSynapse.Hpc();
        assertEquals("static_synapse_hpc", hpc.name());
        assertEquals(model.parameters().defaults(), hpc.parameters().defaults());
        assertTrue(model.isDefault());
        assertTrue(!hpc.isDefault(), "connect without synapse_model keeps using static_synapse");
        assertThrows(BadPropertyException.class, () -> hpc.validate("delay", 0.0));
    }
}
