package org.syncytium.plugins.aeif;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of NEST's aeif models for one neuron, its parameters loaded into fields. While
 * refractory V is taken as V_reset and dV/dt = 0; otherwise V is bounded by V_peak inside the
 * right-hand side (NEST's guard against the exponential's blow-up). State vectors in NEST's order:
 * alpha {V, dg_ex, g_ex, dg_in, g_in, w}, exp {V, g_ex, g_in, w}. Arithmetic in NEST's order.
 */
final class AeifDynamics implements OdeSystem {

    static final int V = 0;

    private final boolean alpha;
    final int gEx;
    final int gIn;
    final int w;

    double vPeak;
    double vReset;
    double gL;
    double cM;
    double eEx;
    double eIn;
    double eL;
    double deltaT;
    double tauW;
    double a;
    double vTh;
    double tauEx;
    double tauIn;
    double iE;
    double iStim;
    boolean refractory;

    AeifDynamics(boolean alpha) {
        this.alpha = alpha;
        gEx = alpha ? 2 : 1;
        gIn = alpha ? 4 : 2;
        w = alpha ? 5 : 3;
    }

    int dimension() {
        return alpha ? 6 : 4;
    }

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = refractory ? vReset : Math.min(y[V], vPeak);
        final double ge = y[gEx];
        final double gi = y[gIn];
        final double iSynEx = ge * (v - eEx);
        final double iSynIn = gi * (v - eIn);
        final double iSpike = deltaT == 0.0 ? 0.0 : (gL * deltaT * Math.exp((v - vTh) / deltaT));
        f[V] = refractory ? 0.0 : (-gL * (v - eL) + iSpike - iSynEx - iSynIn - y[w] + iE + iStim) / cM;
        if (alpha) {
            f[1] = -y[1] / tauEx;
            f[2] = y[1] - ge / tauEx;
            f[3] = -y[3] / tauIn;
            f[4] = y[3] - gi / tauIn;
        } else {
            f[1] = -ge / tauEx;
            f[2] = -gi / tauIn;
        }
        f[w] = (a * (v - eL) - y[w]) / tauW;
    }
}
