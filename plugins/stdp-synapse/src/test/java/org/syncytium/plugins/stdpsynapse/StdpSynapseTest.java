package org.syncytium.plugins.stdpsynapse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.synapse.SpikeHistory;

class StdpSynapseTest {

    private final StdpSynapse model = new StdpSynapse();

    private static SpikeHistory target(double kMinus, double... times) {
        return new FixedHistory(kMinus, times);
    }

    private static double[] values(double kPlus, double lastSpike) {
        return new double[] {20.0, 0.01, 1.0, 1.0, 1.0, 100.0, kPlus, lastSpike};
    }

    @Test
    void namesNestsValuesWithTheirDefaults() {
        assertEquals(List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax", "Kplus"), model.state());
        assertEquals(1, model.hiddenState());
        assertEquals(100.0, model.parameters().find("Wmax").orElseThrow().defaultValue());
        assertEquals("pA", model.parameters().find("Wmax").orElseThrow().unit());
    }

    @Test
    void facilitatesPerPostSpikeThenDepressesByTheTrace() {
        double[] v = values(2.0, 10.0);
        double w = model.transmit(50.0, v, 0, 30.0, 1.0, target(0.5, 12.0, 20.0, 29.5));
        // post spikes at 12 and 20 are in (10 - 1, 30 - 1]; 29.5 is not
        double expected = 50.0;
        for (double post : new double[] {12.0, 20.0}) {
            double kPlus = 2.0 * Math.exp((10.0 - (post + 1.0)) / 20.0);
            expected = (expected / 100 + 0.01 * (1 - expected / 100) * kPlus) * 100;
        }
        expected = (expected / 100 - 0.01 * (expected / 100) * 0.5) * 100;
        assertEquals(expected, w, 1e-12);
        assertEquals(2.0 * Math.exp((10.0 - 30.0) / 20.0) + 1.0, v[6], 1e-15, "K+ after the spike");
        assertEquals(30.0, v[7], "the last presynaptic spike");
    }

    @Test
    void weightsStayBetweenZeroAndWmax() {
        double[] v = values(1e6, 0.0);
        assertEquals(100.0, model.transmit(90.0, v, 0, 5.0, 1.0, target(0.0, 2.0)), 1e-12);
        assertEquals(0.0, model.transmit(10.0, values(0.0, 0.0), 0, 5.0, 1.0, target(1e6)), 0.0);
    }

    @Test
    void refusesMixedSignsAndNegativeTraces() {
        double[] v = values(0.0, 0.0);
        assertDoesNotThrow(() -> model.check(5.0, v, 0));
        assertThrows(BadPropertyException.class, () -> model.check(-5.0, v, 0));
        assertThrows(BadPropertyException.class, () -> model.validate("Kplus", -1.0));
        assertThrows(BadPropertyException.class, () -> model.validate("tau_plus", 0.0));
        assertDoesNotThrow(() -> model.validate("mu_plus", 0.0));
    }

    @Test
    void theHomogeneousModelAppliesTheSameRuleWithItsCommonParameters() {
        StdpSynapseHom hom = new StdpSynapseHom();
        assertEquals(List.of("Kplus"), hom.state());
        assertEquals(List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax"), hom.commonParameters());
        // the same connection in both layouts: state, common parameters, hidden last spike
        double[] own = values(2.0, 10.0);
        double[] shared = {2.0, 20.0, 0.01, 1.0, 1.0, 1.0, 100.0, 10.0};
        double w = model.transmit(50.0, own, 0, 30.0, 1.0, target(0.5, 12.0, 20.0));
        assertEquals(w, hom.transmit(50.0, shared, 0, 30.0, 1.0, target(0.5, 12.0, 20.0)), 0.0);
        assertEquals(own[6], shared[0], 0.0);
        assertDoesNotThrow(() -> hom.check(-5.0, shared, 0), "NEST's homogeneous model ties no sign");
    }

    @Test
    void thePowerLawRuleFacilitatesByAPowerOfTheWeightAndDepressesInProportion() {
        StdpPlSynapseHom pl = new StdpPlSynapseHom();
        assertEquals(List.of("tau_plus", "lambda", "alpha", "mu"), pl.commonParameters());
        double[] v = {2.0, 20.0, 0.1, 1.0, 0.4, 10.0}; // Kplus, tau_plus, lambda, alpha, mu, last spike
        double w = pl.transmit(30.0, v, 0, 30.0, 1.0, target(0.5, 12.0, 20.0));
        double expected = 30.0;
        for (double post : new double[] {12.0, 20.0}) {
            expected += 0.1 * Math.pow(expected, 0.4) * (2.0 * Math.exp((10.0 - (post + 1.0)) * (1.0 / 20.0)));
        }
        expected -= 0.1 * 1.0 * expected * 0.5;
        assertEquals(expected, w, 1e-12);
        assertEquals(2.0 * Math.exp((10.0 - 30.0) / 20.0) + 1.0, v[0], 1e-15);
        assertEquals("stdp_pl_synapse_hom_hpc", new StdpPlSynapseHom.Hpc().name());
    }
}
