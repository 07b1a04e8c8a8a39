package org.syncytium.plugins.traub;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of one {@code hh_cond_exp_traub} neuron (NEST's
 * {@code hh_cond_exp_traub_dynamics}): state {@code y = [V, m, h, n, g_ex, g_in]} in mV, 1, 1, 1, nS,
 * nS. The neuron's parameters are loaded before its steps; one instance per thread.
 */
final class ExpTraubDynamics implements OdeSystem {

    static final int V = 0;
    static final int M = 1;
    static final int H = 2;
    static final int N = 3;
    static final int G_EX = 4;
    static final int G_IN = 5;
    static final int DIM = 6;

    double gNa;
    double gK;
    double gL;
    double cM;
    double eNa;
    double eK;
    double eL;
    double vT;
    double eEx;
    double eIn;
    double tauEx;
    double tauIn;
    double iE;
    /** Current from devices during this step, pA. */
    double iStim;

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = y[V];
        final double m = y[M];
        final double h = y[H];
        final double n = y[N];
        final double iNa = gNa * m * m * m * h * (v - eNa);
        final double iK = gK * n * n * n * n * (v - eK);
        final double iL = gL * (v - eL);
        final double iSynEx = y[G_EX] * (v - eEx);
        final double iSynIn = y[G_IN] * (v - eIn);
        f[V] = (-iNa - iK - iL - iSynEx - iSynIn + iStim + iE) / cM;
        Rates.gating(v - vT, y, f);
        f[G_EX] = -y[G_EX] / tauEx;
        f[G_IN] = -y[G_IN] / tauIn;
    }
}
