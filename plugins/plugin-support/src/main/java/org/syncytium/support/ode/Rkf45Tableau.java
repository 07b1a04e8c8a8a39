package org.syncytium.support.ode;

/**
 * The Runge-Kutta-Fehlberg 4(5) tableau and GSL's standard step-control constants, as NEST's
 * {@code gsl_odeiv_step_rkf45} uses them: one owner for every RKF45 in the project (the generic
 * {@link GslRkf45}, the hand-written scalar and SIMD integrators of hh_psc_alpha_gap). All are
 * compile-time constants, so users compile them in and results stay bit for bit the same.
 */
public final class Rkf45Tableau {

    /** Safety factor of GSL's standard control (dimensionless). */
    public static final double SAFETY = 0.9;
    /** Order the control uses for rkf45 (GSL reports 5). */
    public static final double ORDER = 5;

    // Fehlberg nodes (fractions of the step)
    public static final double A2 = 1.0 / 4.0;
    public static final double A3 = 3.0 / 8.0;
    public static final double A4 = 12.0 / 13.0;
    public static final double A5 = 1.0;
    public static final double A6 = 1.0 / 2.0;
    // stage coefficients
    public static final double B31 = 3.0 / 32.0;
    public static final double B32 = 9.0 / 32.0;
    public static final double B41 = 1932.0 / 2197.0;
    public static final double B42 = -7200.0 / 2197.0;
    public static final double B43 = 7296.0 / 2197.0;
    public static final double B51 = 439.0 / 216.0;
    public static final double B52 = -8.0;
    public static final double B53 = 3680.0 / 513.0;
    public static final double B54 = -845.0 / 4104.0;
    public static final double B61 = -8.0 / 27.0;
    public static final double B62 = 2.0;
    public static final double B63 = -3544.0 / 2565.0;
    public static final double B64 = 1859.0 / 4104.0;
    public static final double B65 = -11.0 / 40.0;
    // 5th-order weights (the propagated solution)
    public static final double C1 = 16.0 / 135.0;
    public static final double C3 = 6656.0 / 12825.0;
    public static final double C4 = 28561.0 / 56430.0;
    public static final double C5 = -9.0 / 50.0;
    public static final double C6 = 2.0 / 55.0;
    // error weights (5th minus 4th order)
    public static final double E1 = 1.0 / 360.0;
    public static final double E3 = -128.0 / 4275.0;
    public static final double E4 = -2197.0 / 75240.0;
    public static final double E5 = 1.0 / 50.0;
    public static final double E6 = 2.0 / 55.0;

    private Rkf45Tableau() {
    }
}
