package org.syncytium.plugins.iafcond;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of {@code iaf_cond_alpha} (state V, dg_ex, g_ex, dg_in, g_in) or
 * {@code iaf_cond_exp} (V, g_ex, g_in), as NEST's dynamics functions: the currents use V_reset
 * while the neuron is refractory (V then does not change) and min(V, V_th) otherwise.
 */
final class CondDynamics implements OdeSystem {

    static final int V = 0;

    private final boolean alpha;
    final int gEx;
    final int gIn;
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
    double iStim;

    CondDynamics(boolean alpha) {
        this.alpha = alpha;
        gEx = alpha ? 2 : 1;
        gIn = alpha ? 4 : 2;
    }

    int dimension() {
        return alpha ? 5 : 3;
    }

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = refractory ? vReset : Math.min(y[V], vTh);
        final double iSynEx = y[gEx] * (v - eEx);
        final double iSynIn = y[gIn] * (v - eIn);
        final double iLeak = gL * (v - eL);
        if (alpha) {
            f[V] = refractory ? 0.0 : (-iLeak - iSynEx - iSynIn + iStim + iE) / cM;
            f[1] = -y[1] / tauEx;
            f[2] = y[1] - (y[2] / tauEx);
            f[3] = -y[3] / tauIn;
            f[4] = y[3] - (y[4] / tauIn);
        } else {
            f[V] = refractory ? 0.0 : (-iLeak + iStim + iE - iSynEx - iSynIn) / cM;
            f[1] = -y[1] / tauEx;
            f[2] = -y[2] / tauIn;
        }
    }
}
