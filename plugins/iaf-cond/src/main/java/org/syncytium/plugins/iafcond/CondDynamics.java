package org.syncytium.plugins.iafcond;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of {@code iaf_cond_alpha} and {@code iaf_cond_beta} (state V, dg_ex, g_ex,
 * dg_in, g_in) or {@code iaf_cond_exp} (V, g_ex, g_in), as NEST's dynamics functions: the currents use V_reset
 * while the neuron is refractory (V then does not change) and min(V, V_th) otherwise.
 */
final class CondDynamics implements OdeSystem {

    static final int V = 0;

    private final boolean rising;
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
    /** Decay times (iaf_cond_beta: of dg; alpha: its one time constant). */
    double tauEx;
    double tauIn;
    /** Time constants of g's own decay: iaf_cond_beta's rise times, alpha's one time constant again. */
    double tauRiseEx;
    double tauRiseIn;
    double iE;
    double iStim;

    CondDynamics(boolean rising) {
        this.rising = rising;
        gEx = rising ? 2 : 1;
        gIn = rising ? 4 : 2;
    }

    int dimension() {
        return rising ? 5 : 3;
    }

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = refractory ? vReset : Math.min(y[V], vTh);
        final double iSynEx = y[gEx] * (v - eEx);
        final double iSynIn = y[gIn] * (v - eIn);
        final double iLeak = gL * (v - eL);
        if (rising) {
            f[V] = refractory ? 0.0 : (-iLeak - iSynEx - iSynIn + iStim + iE) / cM;
            f[1] = -y[1] / tauEx;
            f[2] = y[1] - (y[2] / tauRiseEx);
            f[3] = -y[3] / tauIn;
            f[4] = y[3] - (y[4] / tauRiseIn);
        } else {
            f[V] = refractory ? 0.0 : (-iLeak + iStim + iE - iSynEx - iSynIn) / cM;
            f[1] = -y[1] / tauEx;
            f[2] = -y[2] / tauIn;
        }
    }
}
