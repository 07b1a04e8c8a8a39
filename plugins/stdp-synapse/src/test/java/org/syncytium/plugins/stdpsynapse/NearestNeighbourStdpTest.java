package org.syncytium.plugins.stdpsynapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;

/** The three pairing schemes of the stdp_nn_* synapses, with additive updates (mu = 0) so each term shows. */
class NearestNeighbourStdpTest {

    private static final double TAU_PLUS = 16.8;
    private static final double LAMBDA = 0.01;
    private static final double ALPHA = 0.85;

    /** tau_plus, lambda, alpha, mu_plus, mu_minus, Wmax, then the model's own values. */
    private static double[] values(double... own) {
        double[] rule = {TAU_PLUS, LAMBDA, ALPHA, 0.0, 0.0, 10.0};
        double[] v = java.util.Arrays.copyOf(rule, rule.length + own.length);
        System.arraycopy(own, 0, v, rule.length, own.length);
        return v;
    }

    private static double facilitation(double last, double post, double delay) {
        return LAMBDA * 10.0 * Math.exp((last - (post + delay)) / TAU_PLUS);
    }

    @Test
    void symmetricFacilitatesByEveryPostSpikeAndAlwaysDepresses() {
        StdpNnSymmSynapse model = new StdpNnSymmSynapse();
        double[] v = values(10.0);                          // last presynaptic spike at 10 ms
        double kNearest = 0.4;
        double w = model.transmit(5.0, v, 0, 30.0, 1.0, new FixedHistory(kNearest, 12.0, 20.0, 29.5));
        double expected = 5.0 + facilitation(10.0, 12.0, 1.0) + facilitation(10.0, 20.0, 1.0);
        expected -= ALPHA * LAMBDA * 10.0 * kNearest;
        assertEquals(expected, w, 1e-12, "post spikes in (9, 29]: 12 and 20");
        assertEquals(30.0, v[6], 0.0);
    }

    @Test
    void restrictedPairsOnlyTheFirstPostSpikeAndDepressesOnlyAfterOne() {
        StdpNnRestrSynapse model = new StdpNnRestrSynapse();
        double[] v = values(10.0);
        double w = model.transmit(5.0, v, 0, 30.0, 1.0, new FixedHistory(0.4, 12.0, 20.0));
        assertEquals(5.0 + facilitation(10.0, 12.0, 1.0) - ALPHA * LAMBDA * 10.0 * 0.4, w, 1e-12);
        assertEquals(5.0, model.transmit(5.0, v, 0, 40.0, 1.0, new FixedHistory(0.4, 12.0, 20.0)), 0.0,
                "no post spike since 30 ms: no change at all");
    }

    @Test
    void preCenteredSpendsKplusOnTheFirstPostSpikeThenRaisesIt() {
        StdpNnPreCenteredSynapse model = new StdpNnPreCenteredSynapse();
        double[] v = values(2.0, 10.0);                     // Kplus 2, last presynaptic spike at 10 ms
        double w = model.transmit(5.0, v, 0, 30.0, 1.0, new FixedHistory(0.4, 12.0, 20.0));
        assertEquals(5.0 + 2.0 * facilitation(10.0, 12.0, 1.0) - ALPHA * LAMBDA * 10.0 * 0.4, w, 1e-12);
        assertEquals(1.0, v[6], 0.0, "Kplus was reset to 0 by the pairing, then raised by this spike");
        double w2 = model.transmit(w, v, 0, 35.0, 1.0, new FixedHistory(0.0));
        assertEquals(w, w2, 1e-12, "no post spike and no nearest trace: no change");
        assertEquals(Math.exp(-5.0 / TAU_PLUS) + 1.0, v[6], 1e-15);
    }

    @Test
    void namesNestsValuesAndChecks() {
        assertEquals(List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax"), new StdpNnSymmSynapse().state());
        assertEquals("Kplus", new StdpNnPreCenteredSynapse().state().get(6));
        BadPropertyException sign = assertThrows(BadPropertyException.class,
                () -> new StdpNnRestrSynapse().check(-1.0, values(0.0), 0));
        assertEquals(true, sign.getMessage().contains("Weight and Wmax must have same sign."), sign.getMessage());
        assertThrows(BadPropertyException.class, () -> new StdpNnPreCenteredSynapse().validate("Kplus", -0.5));
    }
}
