package org.syncytium.plugins.iafpsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.neuron.PscPropagators;

class PropagatorTest {

    @Test
    void currentToVoltageIsTheExactSolutionAndItsLimitWhereTheTimeConstantsMeet() {
        double h = 0.1;
        double c = 250.0;
        // exact: tau_s tau_m / (C (tau_m - tau_s)) (e^{-h/tau_m} - e^{-h/tau_s}) for tau_s = 2, tau_m = 10
        double expected = 2.0 * 10.0 / (250.0 * 8.0) * (Math.exp(-h / 10.0) - Math.exp(-h / 2.0));
        assertEquals(expected, PscPropagators.exp(2.0, 10.0, c, h), 1e-15);
        // tau_s = tau_m: the difference quotient is 0/0; the limit is (h / C) e^{-h / tau_m}
        assertEquals(h / c * Math.exp(-h / 10.0), PscPropagators.exp(10.0, 10.0, c, h), 1e-18);
        double near = PscPropagators.exp(10.0 + 1e-9, 10.0, c, h);
        assertTrue(Math.abs(near - h / c * Math.exp(-h / 10.0)) < 1e-12, "continuous at the limit: " + near);
    }

    @Test
    void theEscapeNoiseThresholdIsRefusedWithItsName() {
        ExpPopulation population = (ExpPopulation) new IafPscExpModel().createPopulation(1);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> population.set(0, new String[] {"delta"}, new double[] {1.0}));
        assertTrue(e.getMessage().contains("escape-noise"), e.getMessage());
        assertEquals(0.0, population.get("delta", 0));
    }
}
