package org.syncytium.plugins.tsodyks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;

class TsodyksSynapseTest {

    private final TsodyksSynapse model = new TsodyksSynapse();

    /** U, tau_psc, tau_rec, tau_fac, x, y, u, last spike. */
    private static double[] values(double tauFac) {
        return new double[] {0.5, 3.0, 800.0, tauFac, 1.0, 0.0, 0.0, 0.0};
    }

    @Test
    void namesNestsValuesWithTheirDefaults() {
        assertEquals(List.of("U", "tau_psc", "tau_rec", "tau_fac", "x", "y", "u"), model.state());
        assertEquals(1, model.hiddenState());
        assertFalse(model.changesWeight(), "a spike carries a fraction of a weight that stays");
        assertEquals(800.0, model.parameters().find("tau_rec").orElseThrow().defaultValue());
        assertEquals("ms", model.parameters().find("tau_psc").orElseThrow().unit());
    }

    @Test
    void firstSpikeReleasesUOfTheResources() {
        double[] v = values(0.0);
        assertEquals(0.5 * 250.0, model.transmit(250.0, v, 0, 10.0, 1.0, null), 1e-12);
        assertEquals(0.5, v[4], 1e-15, "x");
        assertEquals(0.5, v[5], 1e-15, "y");
        assertEquals(0.5, v[6], 1e-15, "u");
        assertEquals(10.0, v[7], "last spike");
    }

    @Test
    void secondSpikeFindsResourcesMovedByTheExactSolution() {
        double[] v = values(0.0);
        model.transmit(1.0, v, 0, 10.0, 1.0, null);
        double h = 20.0;
        // y decays with tau_psc into z, which recovers into x with tau_rec: solve the linear system
        double y = 0.5 * Math.exp(-h / 3.0);
        // z(h) with z(0) = 0 fed by y: z = y0 * tau_rec/(tau_rec - tau_psc) * (e^-h/tau_rec - e^-h/tau_psc)
        double z = 0.5 * 800.0 / (800.0 - 3.0) * (Math.exp(-h / 800.0) - Math.exp(-h / 3.0));
        double x = 1.0 - y - z;
        double released = 0.5 * x; // u: decays to 0 without facilitation, then + U
        assertEquals(released * 100.0, model.transmit(100.0, v, 0, 10.0 + h, 1.0, null), 1e-12);
        assertEquals(x - released, v[4], 1e-12);
        assertEquals(y + released, v[5], 1e-12);
    }

    @Test
    void facilitationRaisesTheReleaseProbability() {
        double[] v = values(1000.0);
        model.transmit(1.0, v, 0, 10.0, 1.0, null);
        model.transmit(1.0, v, 0, 30.0, 1.0, null);
        double u = 0.5 * Math.exp(-20.0 / 1000.0);
        assertEquals(u + 0.5 * (1.0 - u), v[6], 1e-12);
    }

    @Test
    void refusesNestsBadValues() {
        assertThrows(BadPropertyException.class, () -> model.validate("U", 1.5));
        assertThrows(BadPropertyException.class, () -> model.validate("u", -0.1));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_psc", 0.0));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_rec", 0.0));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_fac", -1.0));
        assertThrows(BadPropertyException.class, () -> model.validate("delay", 0.0));
        assertThrows(BadPropertyException.class, () -> model.validate("x", Double.NaN));
        assertThrows(UnknownNameException.class, () -> model.validate("Wmax", 1.0));
        assertDoesNotThrow(() -> model.validate("tau_fac", 0.0));
        double[] v = values(0.0);
        v[4] = 0.7;
        v[5] = 0.4;
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> model.check(1.0, v, 0));
        assertEquals(true, e.getMessage().contains("x + y"), e.getMessage());
        v[5] = 0.3;
        assertDoesNotThrow(() -> model.check(1.0, v, 0));
    }
}
