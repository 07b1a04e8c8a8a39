package org.syncytium.plugins.hh;

import static org.syncytium.support.ode.Rkf45Tableau.*;

/**
 * Adaptive embedded Runge-Kutta-Fehlberg 4(5) integration of one simulation step, following the
 * rules of GSL's {@code odeiv} evolve / standard-control / rkf45 stepper as NEST uses them
 * (NEST reference 1.7), so that step sizes, rejections and results agree with NEST to rounding:
 *
 * <ol>
 * <li>per evolve call: f(t0, y) once (used as k1, also after a rejection);</li>
 * <li>trial step = the carried step size; if it exceeds the remaining interval it is truncated and
 *     the step is the final one (local time then set exactly to h);</li>
 * <li>Fehlberg tableau, the propagated solution is the 5th-order one, the error estimate is
 *     h0·Σ ec_i k_i;</li>
 * <li>standard control, absolute tolerance {@value #EPS_ABS} on every component, no relative part:
 *     r = max_i |err_i| / eps_abs; r &gt; 1.1 → h0·max(0.2, 0.9 r^(−1/5)), rejected and retried if that is
 *     a real decrease that moves t by at least one ulp; r &lt; 0.5 → h0·min(5, max(1, 0.9 r^(−1/6)));</li>
 * <li>the new step size (derived from the possibly truncated step) is carried over.</li>
 * </ol>
 * A NaN error estimate rejects the step (see {@link #errorRatio()}); GSL would accept it.
 *
 * No allocation: all stage vectors are fields, so an instance belongs to one thread.
 */
final class Rkf45Stepper implements StepIntegrator {

    /** Absolute error tolerance per component ({@code gsl_odeiv_control_y_new(1e-6, 0)}). */
    static final double EPS_ABS = 1e-6;

    private static final int DIM = HhDynamics.DIM;
    /**
     * Attempted RKF45 steps (accepted + rejected) allowed within one simulation step before giving
     * up; a regular step needs a few (about 3 at the seed network's input, a few dozen in a spike).
     */
    static final int MAX_ATTEMPTS = 100_000;

    private final HhDynamics dynamics;
    private final double[] y0 = new double[DIM];
    private final double[] yTmp = new double[DIM];
    private final double[] yErr = new double[DIM];
    private final double[] k1 = new double[DIM];
    private final double[] k2 = new double[DIM];
    private final double[] k3 = new double[DIM];
    private final double[] k4 = new double[DIM];
    private final double[] k5 = new double[DIM];
    private final double[] k6 = new double[DIM];

    /** Accepted and rejected RKF45 steps since construction (diagnostics). */
    long acceptedSteps;
    long rejectedSteps;

    Rkf45Stepper(HhDynamics dynamics) {
        this.dynamics = dynamics;
    }

    /**
     * {@inheritDoc}
     *
     * @return the step size to carry over, or NaN if the step size collapsed (more than
     *         {@value #MAX_ATTEMPTS} attempts); {@code y} is then not a valid state
     */
    @Override
    public double integrate(double[] y, double h, double trialStep) {
        double t = 0.0;
        double step = trialStep;
        int attempts = 0;
        while (t < h) {
            // one gsl_odeiv_evolve_apply call
            final double t0 = t;
            final double remaining = h - t0;
            double h0 = step;
            System.arraycopy(y, 0, y0, 0, DIM);
            dynamics.rhs(t0, y, k1);
            while (true) {
                if (++attempts > MAX_ATTEMPTS) {
                    return Double.NaN;
                }
                boolean finalStep = false;
                if (h0 > remaining) {
                    h0 = remaining;
                    finalStep = true;
                }
                fehlbergStep(t0, h0, y);
                t = finalStep ? h : t0 + h0;

                final double hOld = h0;
                final double rMax = errorRatio();
                if (rMax > 1.1) {
                    double r = SAFETY / dynamics.pow(rMax, 1.0 / ORDER);
                    if (r < 0.2) {
                        r = 0.2;
                    }
                    h0 = r * hOld;
                    if (Math.abs(h0) < Math.abs(hOld) && t + h0 != t) {
                        // a real decrease: undo the step and retry from the same t0
                        System.arraycopy(y0, 0, y, 0, DIM);
                        rejectedSteps++;
                        continue;
                    }
                    h0 = hOld;
                } else if (rMax < 0.5) {
                    double r = SAFETY / dynamics.pow(rMax, 1.0 / (ORDER + 1.0));
                    if (r > 5.0) {
                        r = 5.0;
                    }
                    if (r < 1.0) {
                        r = 1.0;
                    }
                    h0 = r * hOld;
                }
                break;
            }
            acceptedSteps++;
            step = h0;
            if (Double.isNaN(y[HhDynamics.V])) {
                break; // the caller reports the instability; do not crawl on with NaN
            }
        }
        return step;
    }

    /** One Fehlberg step of size {@code h0} from local time {@code t0}; k1 must hold f(t0, y). */
    private void fehlbergStep(double t0, double h0, double[] y) {
        if (dynamics.strict) {
            fehlbergStepOfLanes(t0, h0, y);
            return;
        }
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = y[i] + A2 * h0 * k1[i];
        }
        dynamics.rhs(t0 + A2 * h0, yTmp, k2);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = y[i] + h0 * (B31 * k1[i] + B32 * k2[i]);
        }
        dynamics.rhs(t0 + A3 * h0, yTmp, k3);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = y[i] + h0 * (B41 * k1[i] + B42 * k2[i] + B43 * k3[i]);
        }
        dynamics.rhs(t0 + A4 * h0, yTmp, k4);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = y[i] + h0 * (B51 * k1[i] + B52 * k2[i] + B53 * k3[i] + B54 * k4[i]);
        }
        dynamics.rhs(t0 + A5 * h0, yTmp, k5);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = y[i] + h0 * (B61 * k1[i] + B62 * k2[i] + B63 * k3[i] + B64 * k4[i] + B65 * k5[i]);
        }
        dynamics.rhs(t0 + A6 * h0, yTmp, k6);
        for (int i = 0; i < DIM; i++) {
            final double d = C1 * k1[i] + C3 * k3[i] + C4 * k4[i] + C5 * k5[i] + C6 * k6[i];
            y[i] += h0 * d;
        }
        for (int i = 0; i < DIM; i++) {
            yErr[i] = h0 * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]);
        }
    }

    /**
     * {@link #fehlbergStep} as a lane of rkf45_simd computes it: each sum of products as a chain of
     * fused multiply-adds (Math.fma, exact in every JIT tier), in the lanes' order.
     */
    private void fehlbergStepOfLanes(double t0, double h0, double[] y) {
        final double hA2 = h0 * A2;
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = Math.fma(k1[i], hA2, y[i]);
        }
        dynamics.rhs(t0 + hA2, yTmp, k2);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = Math.fma(Math.fma(k2[i], B32, k1[i] * B31), h0, y[i]);
        }
        dynamics.rhs(t0 + h0 * A3, yTmp, k3);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = Math.fma(Math.fma(k3[i], B43, Math.fma(k2[i], B42, k1[i] * B41)), h0, y[i]);
        }
        dynamics.rhs(t0 + h0 * A4, yTmp, k4);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = Math.fma(Math.fma(k4[i], B54, Math.fma(k3[i], B53, Math.fma(k2[i], B52, k1[i] * B51))), h0, y[i]);
        }
        dynamics.rhs(t0 + h0 * A5, yTmp, k5);
        for (int i = 0; i < DIM; i++) {
            yTmp[i] = Math.fma(Math.fma(k5[i], B65, Math.fma(k4[i], B64, Math.fma(k3[i], B63,
                    Math.fma(k2[i], B62, k1[i] * B61)))), h0, y[i]);
        }
        dynamics.rhs(t0 + h0 * A6, yTmp, k6);
        for (int i = 0; i < DIM; i++) {
            final double e = Math.fma(k6[i], E6, Math.fma(k5[i], E5, Math.fma(k4[i], E4, Math.fma(k3[i], E3, k1[i] * E1))));
            y[i] = Math.fma(Math.fma(k6[i], C6, Math.fma(k5[i], C5, Math.fma(k4[i], C4, Math.fma(k3[i], C3, k1[i] * C1)))), h0, y[i]);
            yErr[i] = h0 * e;
        }
    }

    /**
     * max_i |err_i| / eps_abs, starting from the smallest normal double as GSL does.
     *
     * <p>One deliberate difference: GSL's maximum skips a NaN error (NaN &gt; x is false), so GSL
     * accepts a step whose stages overflowed and NEST continues with a NaN state. Here a NaN error
     * counts as infinitely large, so the step is rejected and retried 5× shorter. This changes
     * nothing whenever NEST's result is finite (a NaN error implies a NaN solution); it rescues
     * e.g. a neuron set to V_m = 25 mV with resting gating, whose first 0.05 ms trial step explodes.
     */
    private double errorRatio() {
        double rMax = Double.MIN_NORMAL;
        for (int i = 0; i < DIM; i++) {
            final double r = Math.abs(yErr[i]) / EPS_ABS;
            if (Double.isNaN(r)) {
                return Double.POSITIVE_INFINITY;
            }
            rMax = r > rMax ? r : rMax;
        }
        return rMax;
    }
}
