package org.syncytium.plugins.traub;

/**
 * Traub and Miles' rate functions in 1/ms of u = V − V_T in mV, as NEST codes them, and the initial
 * gating values of a new neuron.
 */
final class Rates {

    private Rates() {
    }

    static double alphaN(double u) {
        return 0.032 * (15.0 - u) / (Math.exp((15.0 - u) / 5.0) - 1.0);
    }

    static double betaN(double u) {
        return 0.5 * Math.exp((10.0 - u) / 40.0);
    }

    static double alphaM(double u) {
        return 0.32 * (13.0 - u) / (Math.exp((13.0 - u) / 4.0) - 1.0);
    }

    static double betaM(double u) {
        return 0.28 * (u - 40.0) / (Math.exp((u - 40.0) / 5.0) - 1.0);
    }

    static double alphaH(double u) {
        return 0.128 * Math.exp((17.0 - u) / 18.0);
    }

    static double betaH(double u) {
        return 4.0 / (1.0 + Math.exp((40.0 - u) / 5.0));
    }

    /**
     * The gating derivatives of both Traub models at u = V − V_T: f[1..3] of m, h, n in y[1..3] (the
     * two models' state layouts agree there), x' = α_x − (α_x + β_x) x as NEST's dynamics functions.
     */
    static void gating(double u, double[] y, double[] f) {
        final double alphaN = alphaN(u);
        final double betaN = betaN(u);
        final double alphaM = alphaM(u);
        final double betaM = betaM(u);
        final double alphaH = alphaH(u);
        final double betaH = betaH(u);
        f[1] = alphaM - (alphaM + betaM) * y[1];
        f[2] = alphaH - (alphaH + betaH) * y[2];
        f[3] = alphaN - (alphaN + betaN) * y[3];
    }

    /*
     * NEST's State_ constructor evaluates the rate functions at V = E_L itself, not at V − V_T, so a
     * new neuron does not start at the steady state of its own dynamics (the reference trace of
     * NEST's test depends on this).
     */

    static double initialM(double v) {
        return alphaM(v) / (alphaM(v) + betaM(v));
    }

    static double initialH(double v) {
        return alphaH(v) / (alphaH(v) + betaH(v));
    }

    static double initialN(double v) {
        return alphaN(v) / (alphaN(v) + betaN(v));
    }
}
