package org.syncytium.plugins.tsodyks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;

class Tsodyks2SynapseTest {

    private final Tsodyks2Synapse model = new Tsodyks2Synapse();

    /** U, u, tau_rec, tau_fac, x, last spike: NEST's evaluate_tsodyks2_synapse.py facilitating set. */
    private static double[] facilitating() {
        return new double[] {0.1, 0.1, 100.0, 1000.0, 1.0, 0.0};
    }

    @Test
    void namesNestsValuesWithTheirDefaults() {
        assertEquals(List.of("U", "u", "tau_rec", "tau_fac", "x"), model.state());
        assertFalse(model.changesWeight());
        assertEquals(0.5, model.parameters().find("u").orElseThrow().defaultValue());
    }

    @Test
    void firstSpikeCarriesXTimesUAsSet() {
        double[] v = facilitating();
        assertEquals(0.1 * 250.0, model.transmit(250.0, v, 0, 5.0, 1.0, null), 1e-12);
        assertEquals(1.0, v[4], 0.0, "x unchanged by the first spike");
        assertEquals(0.1, v[1], 0.0, "u unchanged by the first spike");
    }

    @Test
    void laterSpikesRecoverAndFacilitate() {
        double[] v = facilitating();
        model.transmit(1.0, v, 0, 5.0, 1.0, null);
        double x = 1.0 + (1.0 - 0.1 - 1.0) * Math.exp(-25.0 / 100.0);
        double u = 0.1 + 0.1 * 0.9 * Math.exp(-25.0 / 1000.0);
        assertEquals(x * u * 250.0, model.transmit(250.0, v, 0, 30.0, 1.0, null), 1e-12);
        assertEquals(x, v[4], 1e-15);
        assertEquals(u, v[1], 1e-15);
    }

    @Test
    void withoutFacilitationUReturnsToU() {
        double[] v = {0.67, 0.3, 450.0, 0.0, 1.0, 0.0};
        model.transmit(1.0, v, 0, 5.0, 1.0, null);
        model.transmit(1.0, v, 0, 6.0, 1.0, null);
        assertEquals(0.67, v[1], 0.0);
    }

    @Test
    void refusesNestsBadValues() {
        assertThrows(BadPropertyException.class, () -> model.validate("U", -0.1));
        assertThrows(BadPropertyException.class, () -> model.validate("u", 1.1));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_rec", -1.0));
        assertThrows(UnknownNameException.class, () -> model.validate("tau_psc", 3.0), "not a parameter here");
    }
}
