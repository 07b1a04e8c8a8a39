package org.syncytium.plugins.iafcond;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of {@code iaf_cond_exp_sfa_rr} (state V, g_ex, g_in, g_sfa, g_rr), as NEST's
 * dynamics function: the currents use V_reset while the neuron is refractory (V then does not
 * change) and min(V, V_th) otherwise.
 */
final class SfaRrDynamics implements OdeSystem {

    static final int V = 0;
    static final int G_EX = 1;
    static final int G_IN = 2;
    static final int G_SFA = 3;
    static final int G_RR = 4;
    static final int DIM = 5;

    boolean refractory;
    double vTh;
    double vReset;
    double gL;
    double cM;
    double eEx;
    double eIn;
    double eL;
    double tauEx;
    double tauIn;
    double iE;
    double tauSfa;
    double tauRr;
    double eSfa;
    double eRr;
    double iStim;

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = refractory ? vReset : Math.min(y[V], vTh);
        final double iSynEx = y[G_EX] * (v - eEx);
        final double iSynIn = y[G_IN] * (v - eIn);
        final double iLeak = gL * (v - eL);
        final double iSfa = y[G_SFA] * (v - eSfa);
        final double iRr = y[G_RR] * (v - eRr);
        f[V] = refractory ? 0.0 : (-iLeak + iStim + iE - iSynEx - iSynIn - iSfa - iRr) / cM;
        f[G_EX] = -y[G_EX] / tauEx;
        f[G_IN] = -y[G_IN] / tauIn;
        f[G_SFA] = -y[G_SFA] / tauSfa;
        f[G_RR] = -y[G_RR] / tauRr;
    }
}
