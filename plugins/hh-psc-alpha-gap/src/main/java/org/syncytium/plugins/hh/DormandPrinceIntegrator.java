package org.syncytium.plugins.hh;

import java.util.Arrays;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The high-accuracy reference path ({@code integrator = "dormand_prince"}): Commons Math's
 * Dormand-Prince 8(5,3) at tolerances far below RKF45's 1e-6, over each simulation step with the
 * same right-hand side (and the same gap polynomial) as the default integrator. It allocates and is
 * much slower; it exists to measure the error of the NEST-exact RKF45 path, not for production runs.
 * The carried step size of the neuron is left untouched.
 */
final class DormandPrinceIntegrator implements StepIntegrator {

    /** Absolute tolerance per component (mV, pA, dimensionless). */
    static final double ABSOLUTE_TOLERANCE = 1e-11;
    /** Relative tolerance per component. */
    static final double RELATIVE_TOLERANCE = 1e-11;
    private static final double MIN_STEP = 1e-14;

    private final DormandPrince853Integrator integrator;
    private final FirstOrderDifferentialEquations equations;

    DormandPrinceIntegrator(HhDynamics dynamics) {
        this.equations = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return HhDynamics.DIM;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                dynamics.rhs(t, y, yDot);
            }
        };
        this.integrator = new DormandPrince853Integrator(MIN_STEP, Double.POSITIVE_INFINITY,
                ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE);
    }

    @Override
    public double integrate(double[] y, double h, double trialStep) {
        try {
            integrator.integrate(equations, 0.0, y, h, y);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            // step size underflow or non-finite derivatives: report as an instability, like RKF45 does
            Arrays.fill(y, Double.NaN);
            return Double.NaN;
        }
        return trialStep;
    }
}
