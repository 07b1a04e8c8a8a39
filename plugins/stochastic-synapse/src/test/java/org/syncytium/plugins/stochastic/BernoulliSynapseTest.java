package org.syncytium.plugins.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class BernoulliSynapseTest {

    private final BernoulliSynapse model = new BernoulliSynapse();

    @Test
    void aSpikePassesWhenItsDrawIsBelowPTransmit() {
        double[] v = {0.3};
        ScriptedDraws draws = new ScriptedDraws(0.29, 0.3, 0.95);
        assertEquals(2.5, model.transmit(2.5, v, 0, 1.0, 1.0, null, draws), 0.0);
        assertTrue(Double.isNaN(model.transmit(2.5, v, 0, 2.0, 1.0, null, draws)), "a draw equal to p fails, as NEST's <");
        assertTrue(Double.isNaN(model.transmit(2.5, v, 0, 3.0, 1.0, null, draws)));
        assertEquals(3, draws.used(), "one draw per spike");
    }

    @Test
    void namesNestsValueAndRefusesAProbabilityOutsideTheUnitInterval() {
        assertEquals(List.of("p_transmit"), model.state());
        assertFalse(model.changesWeight(), "a spike that passes carries the weight, which stays");
        BadPropertyException bad = assertThrows(BadPropertyException.class, () -> model.validate("p_transmit", 1.5));
        assertTrue(bad.getMessage().contains("Spike transmission probability must be in [0, 1]."), bad.getMessage());
        assertThrows(BadPropertyException.class, () -> model.validate("p_transmit", -0.1));
        assertThrows(IllegalStateException.class, () -> model.transmit(1.0, new double[] {1.0}, 0, 1.0, 1.0, null),
                "the form without a stream cannot draw");
    }
}
