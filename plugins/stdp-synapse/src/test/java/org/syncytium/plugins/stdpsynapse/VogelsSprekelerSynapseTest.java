package org.syncytium.plugins.stdpsynapse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.synapse.SpikeHistory;

class VogelsSprekelerSynapseTest {

    private final VogelsSprekelerSynapse model = new VogelsSprekelerSynapse();

    private static SpikeHistory target(double kMinus, double... times) {
        return new FixedHistory(kMinus, times);
    }

    /** tau, alpha, eta, Wmax, Kplus, last spike. */
    private static double[] values(double wmax, double kPlus, double last) {
        return new double[] {20.0, 0.12, 0.01, wmax, kPlus, last};
    }

    @Test
    void namesNestsValuesWithTheirDefaults() {
        assertEquals(List.of("tau", "alpha", "eta", "Wmax", "Kplus"), model.state());
        assertEquals(0.5, model.parameters().find("weight").orElseThrow().defaultValue());
        assertEquals(1, model.hiddenState());
    }

    @Test
    void strengthensForEitherOrderThenDepressesByAConstant() {
        double[] v = values(10.0, 2.0, 10.0);
        double w = model.transmit(1.0, v, 0, 30.0, 1.0, target(0.5, 12.0, 29.5));
        // the post spike at 12 is in (10 - 1, 30 - 1]; 29.5 is not
        double expected = 1.0 + 0.01 * 2.0 * Math.exp((10.0 - 13.0) / 20.0); // pre before post
        expected += 0.01 * 0.5;                                                // post before pre: K-(t - d)
        expected -= 0.12 * 0.01;                                               // constant depression
        assertEquals(expected, w, 1e-15);
        assertEquals(2.0 * Math.exp(-20.0 / 20.0) + 1.0, v[4], 1e-15);
    }

    @Test
    void keepsTheSignOfWmaxAndItsBounds() {
        // capped at |Wmax| = 10, then the constant depression
        assertEquals(-(10.0 - 0.12 * 0.01), model.transmit(-9.999, values(-10.0, 1e6, 0.0), 0, 5.0, 1.0,
                target(0.0, 2.0)), 1e-15);
        assertEquals(-0.0, model.transmit(-1e-5, values(-10.0, 0.0, 0.0), 0, 5.0, 1.0, target(0.0)), 0.0);
        assertDoesNotThrow(() -> model.check(0.0, values(-10.0, 0, 0), 0));
        assertThrows(BadPropertyException.class, () -> model.check(1.0, values(-10.0, 0, 0), 0));
        assertThrows(BadPropertyException.class, () -> model.validate("Kplus", -1.0));
        assertThrows(BadPropertyException.class, () -> model.validate("tau", 0.0));
    }
}
