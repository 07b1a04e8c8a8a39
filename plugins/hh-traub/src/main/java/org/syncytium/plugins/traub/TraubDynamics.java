package org.syncytium.plugins.traub;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of one neuron (NEST's {@code hh_cond_beta_gap_traub_dynamics}): state
 * {@code y = [V, m, h, n, dg_ex, g_ex, dg_in, g_in]} in mV, 1, 1, 1, nS/ms, nS, nS/ms, nS.
 * Parameters and the gap input of the current step are loaded before each step; one instance per
 * thread.
 */
final class TraubDynamics implements OdeSystem {

    static final int V = 0;
    static final int M = 1;
    static final int H = 2;
    static final int N = 3;
    static final int DG_EX = 4;
    static final int G_EX = 5;
    static final int DG_IN = 6;
    static final int G_IN = 7;
    static final int DIM = 8;

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
    double tauRiseEx;
    double tauDecayEx;
    double tauRiseIn;
    double tauDecayIn;
    double iE;
    /** Current from devices during this step, pA. */
    double iStim;
    /** Step h in ms: the gap polynomial's variable is local time / h. */
    double resolution;
    /** Waveform order K; the gap current is -S·V + Σ_q c_q τ^q. */
    int order;
    double gapSum;
    double c0;
    double c1;
    double c2;
    double c3;

    void loadParameters(double[][] columns, int i) {
        gNa = columns[TraubParameters.G_NA][i];
        gK = columns[TraubParameters.G_K][i];
        gL = columns[TraubParameters.G_L][i];
        cM = columns[TraubParameters.C_M][i];
        eNa = columns[TraubParameters.E_NA][i];
        eK = columns[TraubParameters.E_K][i];
        eL = columns[TraubParameters.E_L][i];
        vT = columns[TraubParameters.V_T][i];
        eEx = columns[TraubParameters.E_EX][i];
        eIn = columns[TraubParameters.E_IN][i];
        tauRiseEx = columns[TraubParameters.TAU_RISE_EX][i];
        tauDecayEx = columns[TraubParameters.TAU_DECAY_EX][i];
        tauRiseIn = columns[TraubParameters.TAU_RISE_IN][i];
        tauDecayIn = columns[TraubParameters.TAU_DECAY_IN][i];
        iE = columns[TraubParameters.I_E][i];
    }

    void clearGap() {
        gapSum = 0;
        c0 = 0;
        c1 = 0;
        c2 = 0;
        c3 = 0;
    }

    /** The partner polynomial of one step: S_i and the K+1 coefficients at {@code offset}. */
    void loadGap(double sum, double[] coefficients, int offset) {
        gapSum = sum;
        c0 = coefficients[offset];
        c1 = order >= 1 ? coefficients[offset + 1] : 0.0;
        c2 = order >= 3 ? coefficients[offset + 2] : 0.0;
        c3 = order >= 3 ? coefficients[offset + 3] : 0.0;
    }

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
        final double tau = t / resolution;
        final double gap = -gapSum * v + c0 + c1 * tau + c2 * tau * tau + c3 * tau * tau * tau;
        f[V] = (-iNa - iK - iL - iSynEx - iSynIn + iStim + iE + gap) / cM;
        Rates.gating(v - vT, y, f);
        f[DG_EX] = -y[DG_EX] / tauDecayEx;
        f[G_EX] = y[DG_EX] - y[G_EX] / tauRiseEx;
        f[DG_IN] = -y[DG_IN] / tauDecayIn;
        f[G_IN] = y[DG_IN] - y[G_IN] / tauRiseIn;
    }

    /** dV/dt in mV/ms at local time {@code t} (the Hermite waveform's end slopes). */
    double dVdt(double t, double[] y, double[] scratch) {
        derivatives(t, y, scratch);
        return scratch[V];
    }
}
