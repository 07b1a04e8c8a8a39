package org.syncytium.plugins.aeif;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of the multisynapse aeif models as NEST's dynamics function: state V, w, then
 * per receptor k its rising part dg (index 2 + 2k) and conductance g (3 + 2k). The currents use
 * V_reset while the neuron is refractory (V then does not change) and min(V, V_peak) otherwise.
 */
final class AeifMultisynapseDynamics implements OdeSystem {

    static final int V = 0;
    static final int W = 1;

    private final int receptors;
    boolean refractory;
    double vPeak;
    double vReset;
    double gL;
    double cM;
    double eL;
    double deltaT;
    double vTh;
    double tauW;
    double a;
    double iE;
    double iStim;
    /** The loaded neuron's lists: reversal potentials, dg's and g's time constants (alpha: both tau_syn). */
    double[] eRev;
    double[] tauRise;
    double[] tauDecay;

    AeifMultisynapseDynamics(int receptors) {
        this.receptors = receptors;
    }

    int dimension() {
        return 2 + 2 * receptors;
    }

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = refractory ? vReset : Math.min(y[V], vPeak);
        final double w = y[W];
        double iSyn = 0.0;
        for (int k = 0; k < receptors; k++) {
            iSyn += y[3 + 2 * k] * (eRev[k] - v);
        }
        final double iSpike = deltaT == 0. ? 0 : deltaT * gL * Math.exp((v - vTh) / deltaT);
        f[V] = refractory ? 0 : (-gL * (v - eL) + iSpike + iSyn - w + iE + iStim) / cM;
        f[W] = (a * (v - eL) - w) / tauW;
        for (int k = 0; k < receptors; k++) {
            f[2 + 2 * k] = -y[2 + 2 * k] / tauRise[k];
            f[3 + 2 * k] = y[2 + 2 * k] - y[3 + 2 * k] / tauDecay[k];
        }
    }
}
