package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The rate functions of the form a·x / (1 − exp(−x/k)) at their 0/0 points: finite limits a·k there,
 * NEST's expression (bit for bit) everywhere else, and a neuron that sits exactly there runs.
 */
class RemovableSingularityTest {

    /** (function, singular V, limit) */
    private static final Object[][] CASES = {
        {(DoubleUnaryOperator) HhDynamics::alphaM, 75.5, 540.0},
        {(DoubleUnaryOperator) HhDynamics::betaH, -51.25, 0.0884},
        {(DoubleUnaryOperator) HhDynamics::alphaP, 95.0, 11.8},
        {(DoubleUnaryOperator) HhDynamics::alphaN, -44.0, 0.0322},
    };

    @Test
    void limitsAtTheSingularPoints() {
        for (Object[] c : CASES) {
            DoubleUnaryOperator f = (DoubleUnaryOperator) c[0];
            double v = (Double) c[1];
            double limit = (Double) c[2];
            assertEquals(limit, f.applyAsDouble(v), 1e-15, "limit at V = " + v);
            // continuous: the neighbours on a 1e-7 mV grid (where NEST's formula still has ~1e-8 relative
            // cancellation error) agree with the limit to first order (slope a/2 per mV)
            for (double dv : new double[] {-1e-7, 1e-7, -1e-4, 1e-4}) {
                double near = f.applyAsDouble(v + dv);
                assertTrue(Math.abs(near - limit) < 1e-3 * Math.abs(limit) , "f(" + (v + dv) + ") = " + near);
            }
        }
    }

    @Test
    void nestExpressionEverywhereElse() {
        // one ulp beside the singular points and elsewhere: exactly NEST's expression
        for (double v : new double[] {Math.nextUp(-44.0), Math.nextDown(-44.0), -44.0 + 1e-9, -70.0, 20.0}) {
            assertEquals(0.014 * (v + 44.) / (1. - Math.exp(-(v + 44.) / 2.3)), HhDynamics.alphaN(v), 0.0);
        }
        for (double v : new double[] {Math.nextUp(-51.25), Math.nextDown(-51.25), -65.0}) {
            assertEquals(0.017 * (51.25 + v) / (1.0 - Math.exp(-(51.25 + v) / 5.2)), HhDynamics.betaH(v), 0.0);
        }
        for (double v : new double[] {Math.nextUp(75.5), Math.nextDown(75.5), -65.0}) {
            assertEquals(40. * (v - 75.5) / (1. - Math.exp(-(v - 75.5) / 13.5)), HhDynamics.alphaM(v), 0.0);
        }
        for (double v : new double[] {Math.nextUp(95.0), Math.nextDown(95.0), -65.0}) {
            assertEquals((v - 95.) / (1. - Math.exp(-(v - 95.) / 11.8)), HhDynamics.alphaP(v), 0.0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rkf45", "rkf45_simd", "dormand_prince"})
    void neuronsStartingExactlyAtTheSingularPointsRun(String integrator) {
        for (double v : new double[] {-44.0, -51.25, 75.5, 95.0}) {
            SingleNeuronRun run = new SingleNeuronRun(0.05, 20, 200, new String[] {"V_m"}, new double[] {v});
            run.population.setOption("integrator", integrator);
            run.run();
            for (int k = 1; k <= 200; k++) {
                double vm = run.at("V_m", k);
                assertTrue(Double.isFinite(vm) && vm > -100 && vm < 100, integrator + ", V_m(0) = " + v + ": V_m at step " + k + " = " + vm);
            }
        }
    }

    @Test
    void steadyStateGatingIsFiniteThere() {
        for (double v : new double[] {-44.0, -51.25, 75.5, 95.0}) {
            for (double x : HhParameters.steadyStateGating(v)) {
                assertTrue(x >= 0 && x <= 1, "gating at " + v + " = " + x);
            }
        }
    }
}
