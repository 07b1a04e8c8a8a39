package org.syncytium.plugins.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

class QuantalStpSynapseTest {

    private final QuantalStpSynapse model = new QuantalStpSynapse();

    /** U, u, tau_rec, tau_fac, n, a, last spike. */
    private static double[] fiveSites() {
        return new double[] {0.2, 0.2, 100.0, 50.0, 5.0, 5.0, 0.0};
    }

    @Test
    void theFirstSpikeDrawsOnceForEachReadySiteAtU() {
        double[] v = fiveSites();
        // sites release where the draw is below u = 0.2: two of five
        ScriptedDraws draws = new ScriptedDraws(0.1, 0.5, 0.19, 0.2, 0.9);
        assertEquals(2 * 3.0, model.transmit(3.0, v, 0, 10.0, 1.0, null, draws), 0.0);
        assertEquals(5, draws.used());
        assertEquals(3.0, v[5], 0.0, "three sites stay ready");
        assertEquals(0.2, v[1], 0.0, "u unchanged by the first spike");
        assertEquals(10.0, v[6], 0.0);
    }

    @Test
    void laterSpikesFacilitateThenRecoverDepletedSitesThenRelease() {
        double[] v = fiveSites();
        v[5] = 3.0;      // two sites depleted
        v[6] = 10.0;     // last spike at 10 ms
        double h = 20.0;
        double u = 0.2 + 0.2 * 0.8 * Math.exp(-h / 50.0);
        double recover = 1.0 - Math.exp(-h / 100.0);   // about 0.18
        // recoveries first (one per depleted site), then one release draw per ready site
        ScriptedDraws draws = new ScriptedDraws(recover - 1e-9, recover + 1e-9, u - 1e-9, 0.99, 0.99, 0.99);
        assertEquals(1.5, model.transmit(1.5, v, 0, 30.0, 1.0, null, draws), 0.0);
        assertEquals(6, draws.used(), "two recovery draws, then four release draws");
        assertEquals(u, v[1], 1e-15);
        assertEquals(3.0, v[5], 0.0, "four ready, one released");
    }

    @Test
    void aSpikeThatReleasesNothingFailsAndKeepsItsSites() {
        double[] v = fiveSites();
        v[5] = 1.0;
        v[4] = 1.0;
        ScriptedDraws draws = new ScriptedDraws(0.5);
        assertTrue(Double.isNaN(model.transmit(1.0, v, 0, 4.0, 1.0, null, draws)));
        assertEquals(1.0, v[5], 0.0);
        assertEquals(4.0, v[6], 0.0, "the failed spike still counts as the last one");
    }

    @Test
    void withoutFacilitationUReturnsToU() {
        double[] v = {0.4, 0.9, 100.0, 0.0, 0.0, 0.0, 1.0};
        assertTrue(Double.isNaN(model.transmit(1.0, v, 0, 2.0, 1.0, null, new ScriptedDraws())), "no site, no draw");
        assertEquals(0.4, v[1], 0.0);
    }

    @Test
    void namesNestsValuesAndRefusesBadOnes() {
        assertEquals(List.of("U", "u", "tau_rec", "tau_fac", "n", "a"), model.state());
        assertEquals(1, model.hiddenState());
        assertThrows(BadPropertyException.class, () -> model.validate("U", 1.2));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_rec", 0.0));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_fac", -1.0));
        BadPropertyException sites = assertThrows(BadPropertyException.class, () -> model.validate("n", 2.5));
        assertTrue(sites.getMessage().contains("whole number"), sites.getMessage());
        assertThrows(BadPropertyException.class, () -> model.validate("a", -1.0));
        assertThrows(BadPropertyException.class, () -> model.validate("delay", 0.0));
    }
}
