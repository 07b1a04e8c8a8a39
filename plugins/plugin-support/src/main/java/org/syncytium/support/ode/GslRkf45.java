package org.syncytium.support.ode;

import static org.syncytium.support.ode.Rkf45Tableau.*;

/**
 * Adaptive embedded Runge-Kutta-Fehlberg 4(5) over one simulation step, following GSL's {@code odeiv}
 * evolve / standard control / rkf45 stepper as NEST uses them (NEST reference 1.7), for any dimension:
 *
 * <ol>
 * <li>per evolve call f(t0, y) once (k1, also after a rejection);</li>
 * <li>the trial step is the carried step size; if it exceeds the rest of the interval it is truncated and
 *     that step is the final one (local time then set exactly to h);</li>
 * <li>Fehlberg tableau; the propagated solution is the 5th-order one, the error estimate h0·Σ ec_i k_i;</li>
 * <li>standard control {@code gsl_odeiv_control_y_new(eps_abs, eps_rel)}: D_i = eps_abs + eps_rel·|y_i|,
 *     r = max_i |err_i| / D_i; r &gt; 1.1 → h0·max(0.2, 0.9 r^(−1/5)), rejected and retried if that is a
 *     real decrease that moves t by at least one ulp; r &lt; 0.5 → h0·min(5, max(1, 0.9 r^(−1/6)));</li>
 * <li>the new step size (derived from the possibly truncated step) is carried over.</li>
 * </ol>
 * NEST's hand-written models use eps_abs = 1e-6, eps_rel = 0; NESTML's generated models 1e-6 and 1e-6.
 * By default a NaN error estimate rejects the step (GSL would accept it and continue with NaN); this changes
 * nothing whenever GSL's result is finite. Constructed {@code likeGsl}, NaN is handled exactly as GSL
 * does (a NaN component of the error is skipped in the maximum, the state may turn NaN and the step
 * goes on to h), which is what NEST's hand-written models do: a neuron whose state turns NaN (e.g.
 * hh_psc_alpha set to V_m = −40 mV exactly, where α_m is 0/0) stays NaN and the run goes on.
 *
 * <p>No allocation: all stage vectors are fields, so an instance belongs to one thread.
 */
public final class GslRkf45 {

    /** Attempted steps (accepted + rejected) allowed within one call before giving up. */
    public static final int MAX_ATTEMPTS = 100_000;

    private final OdeSystem system;
    private final int dim;
    private final int watch;
    private final boolean likeGsl;
    private final double[] y0;
    private final double[] yTmp;
    private final double[] yErr;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] k5;
    private final double[] k6;
    /** y' at the end of the attempted step (derivative control only). */
    private final double[] dydtOut;
    private double nextStep;
    private int attempts;

    /** Accepted and rejected steps since construction (diagnostics). */
    private long acceptedSteps;
    private long rejectedSteps;

    /**
     * @param system    the right-hand side
     * @param dimension number of state variables
     * @param watch     index of the component (usually the membrane potential) whose NaN ends a call early
     */
    public GslRkf45(OdeSystem system, int dimension, int watch) {
        this(system, dimension, watch, false);
    }

    /**
     * @param system    the right-hand side
     * @param dimension number of state variables
     * @param watch     index of the component whose NaN ends a call early (unless {@code likeGsl})
     * @param likeGsl   NaN handled as GSL handles it (see the class comment)
     */
    public GslRkf45(OdeSystem system, int dimension, int watch, boolean likeGsl) {
        this.likeGsl = likeGsl;
        if (dimension < 1 || watch < 0 || watch >= dimension) {
            throw new IllegalArgumentException("dimension " + dimension + ", watch " + watch);
        }
        this.system = system;
        this.dim = dimension;
        this.watch = watch;
        y0 = new double[dimension];
        yTmp = new double[dimension];
        yErr = new double[dimension];
        k1 = new double[dimension];
        k2 = new double[dimension];
        k3 = new double[dimension];
        k4 = new double[dimension];
        k5 = new double[dimension];
        k6 = new double[dimension];
        dydtOut = new double[dimension];
    }

    /**
     * Advances {@code y} in place from local time 0 to {@code h}.
     *
     * @param y         the state, overwritten with the state at h
     * @param h         the simulation step, ms
     * @param trialStep the step size carried over from the previous call for this neuron, ms
     * @param epsAbs    absolute tolerance per component
     * @param epsRel    relative tolerance (0 for NEST's hand-written models)
     * @return the step size to carry over (NEST's {@code IntegrationStep}), or NaN if the step size
     *         collapsed (more than {@value #MAX_ATTEMPTS} attempts); {@code y} is then not a valid state
     */
    public double integrate(double[] y, double h, double trialStep, double epsAbs, double epsRel) {
        double t = 0.0;
        double step = trialStep;
        attempts = 0;
        while (t < h) {
            t = evolve(y, t, h, step, epsAbs, epsRel, false);
            step = nextStep;
            if (Double.isNaN(t)) {
                return Double.NaN;
            }
            if (!likeGsl && Double.isNaN(y[watch])) {
                break; // the caller reports the instability
            }
        }
        return step;
    }

    /**
     * One {@code gsl_odeiv_evolve_apply}: from local time {@code t} towards {@code h}, attempts steps
     * from the carried size {@code step} until one is accepted (or the last, truncated one is), and
     * returns the new local time; {@link #nextStep()} is then the step size to carry. NEST's aeif
     * models call it in a loop and handle spikes between the accepted steps. With
     * {@code derivativeControl} the error is scaled as GSL's {@code control_yp} does (D_i = eps_abs +
     * eps_rel·|h y'_i| with y' at the step's end, one more right-hand side per attempt), otherwise as
     * its y control. The attempts of every call since {@link #resetAttempts()} (or the start of
     * {@link #integrate}) count against {@value #MAX_ATTEMPTS}.
     *
     * @return the new local time, or NaN if the step size collapsed ({@code y} is then not a valid state)
     */
    public double evolve(double[] y, double t, double h, double step, double epsAbs, double epsRel,
            boolean derivativeControl) {
        final double t0 = t;
        final double remaining = h - t0;
        double h0 = step;
        double tNew;
        System.arraycopy(y, 0, y0, 0, dim);
        system.derivatives(t0, y, k1);
        while (true) {
            if (++attempts > MAX_ATTEMPTS) {
                nextStep = Double.NaN;
                return Double.NaN;
            }
            boolean finalStep = false;
            if (h0 > remaining) {
                h0 = remaining;
                finalStep = true;
            }
            fehlbergStep(t0, h0, y);
            tNew = finalStep ? h : t0 + h0;

            final double hOld = h0;
            final double rMax;
            if (derivativeControl) {
                system.derivatives(t0 + h0, y, dydtOut);
                rMax = derivativeErrorRatio(hOld, epsAbs, epsRel);
            } else {
                rMax = epsRel == 0.0 ? errorRatio(epsAbs) : errorRatio(y, epsAbs, epsRel);
            }
            if (rMax > 1.1) {
                double r = SAFETY / Math.pow(rMax, 1.0 / ORDER);
                if (r < 0.2) {
                    r = 0.2;
                }
                h0 = r * hOld;
                if (Math.abs(h0) < Math.abs(hOld) && tNew + h0 != tNew) {
                    System.arraycopy(y0, 0, y, 0, dim);
                    rejectedSteps++;
                    continue;
                }
                h0 = hOld;
            } else if (rMax < 0.5) {
                double r = SAFETY / Math.pow(rMax, 1.0 / (ORDER + 1.0));
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
        nextStep = h0;
        return tNew;
    }

    /** The step size the last {@link #evolve} call leaves to carry over, ms (NaN if it collapsed). */
    public double nextStep() {
        return nextStep;
    }

    /** Starts a new budget of {@value #MAX_ATTEMPTS} attempts for the {@link #evolve} calls that follow. */
    public void resetAttempts() {
        attempts = 0;
    }

    /** Accepted steps since construction. */
    public long acceptedSteps() {
        return acceptedSteps;
    }

    /** Rejected steps since construction. */
    public long rejectedSteps() {
        return rejectedSteps;
    }

    private void fehlbergStep(double t0, double h0, double[] y) {
        final int n = dim;
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + A2 * h0 * k1[i];
        }
        system.derivatives(t0 + A2 * h0, yTmp, k2);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h0 * (B31 * k1[i] + B32 * k2[i]);
        }
        system.derivatives(t0 + A3 * h0, yTmp, k3);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h0 * (B41 * k1[i] + B42 * k2[i] + B43 * k3[i]);
        }
        system.derivatives(t0 + A4 * h0, yTmp, k4);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h0 * (B51 * k1[i] + B52 * k2[i] + B53 * k3[i] + B54 * k4[i]);
        }
        system.derivatives(t0 + A5 * h0, yTmp, k5);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h0 * (B61 * k1[i] + B62 * k2[i] + B63 * k3[i] + B64 * k4[i] + B65 * k5[i]);
        }
        system.derivatives(t0 + A6 * h0, yTmp, k6);
        for (int i = 0; i < n; i++) {
            final double d = C1 * k1[i] + C3 * k3[i] + C4 * k4[i] + C5 * k5[i] + C6 * k6[i];
            y[i] += h0 * d;
        }
        for (int i = 0; i < n; i++) {
            yErr[i] = h0 * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]);
        }
    }

    /** max_i |err_i| / eps_abs from the smallest normal double, as GSL; NaN counts as infinite. */
    private double errorRatio(double epsAbs) {
        double rMax = Double.MIN_NORMAL;
        for (int i = 0; i < dim; i++) {
            final double r = Math.abs(yErr[i]) / epsAbs;
            if (Double.isNaN(r) && !likeGsl) {
                return Double.POSITIVE_INFINITY;
            }
            rMax = r > rMax ? r : rMax;
        }
        return rMax;
    }

    /**
     * As {@link #errorRatio(double)} with GSL's {@code control_yp} scale (a_y = 0, a_dydt = 1):
     * D_i = eps_rel·|h_old·y'_i| + eps_abs (GSL adds 0·|y_i|, which changes nothing for a finite y).
     */
    private double derivativeErrorRatio(double hOld, double epsAbs, double epsRel) {
        double rMax = Double.MIN_NORMAL;
        for (int i = 0; i < dim; i++) {
            final double d0 = epsRel * Math.abs(hOld * dydtOut[i]) + epsAbs;
            final double r = Math.abs(yErr[i]) / Math.abs(d0);
            if (Double.isNaN(r) && !likeGsl) {
                return Double.POSITIVE_INFINITY;
            }
            rMax = r > rMax ? r : rMax;
        }
        return rMax;
    }

    /** As {@link #errorRatio(double)} with D_i = eps_abs + eps_rel·|y_i| (GSL's y control). */
    private double errorRatio(double[] y, double epsAbs, double epsRel) {
        double rMax = Double.MIN_NORMAL;
        for (int i = 0; i < dim; i++) {
            final double r = Math.abs(yErr[i]) / Math.abs(epsRel * Math.abs(y[i]) + epsAbs);
            if (Double.isNaN(r) && !likeGsl) {
                return Double.POSITIVE_INFINITY;
            }
            rMax = r > rMax ? r : rMax;
        }
        return rMax;
    }
}
