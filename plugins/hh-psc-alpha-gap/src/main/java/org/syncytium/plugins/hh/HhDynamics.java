package org.syncytium.plugins.hh;

/**
 * The right-hand side of {@code hh_psc_alpha_gap} for ONE neuron (NEST reference 1.3, 1.4, 1.8),
 * written in the same arithmetic order as NEST so that results agree to rounding.
 *
 * <p>Units: V in mV, rates in 1/ms, conductances in nS, currents in pA, C_m in pF, time in ms.
 * The state vector is {@code y = (V, m, h, n, p, dI_ex, I_ex, dI_in, I_in)}.
 *
 * <p>An instance is scratch space of one thread: the population loads the parameters and the gap
 * polynomial of the neuron and step being integrated into its fields, then calls {@link #rhs}.
 */
final class HhDynamics {

    /** Dimension of the ODE system. */
    static final int DIM = 9;

    static final int V = 0;
    static final int M = 1;
    static final int H = 2;
    static final int N = 3;
    static final int P = 4;
    static final int DI_EX = 5;
    static final int I_EX = 6;
    static final int DI_IN = 7;
    static final int I_IN = 8;

    // ---- parameters of the neuron being integrated ----
    double gNa;
    double gKv1;
    double gKv3;
    double gL;
    double cM;
    double eNa;
    double eK;
    double eL;
    double tauEx;
    double tauIn;
    double iE;
    /** Current-device input I_stim, pA, held during a step. */
    double iStim;

    // ---- gap junction input of the current step: I_gap = -S·V + Σ_q c_q τ^q ----
    /** Resolution h in ms; τ = local time / h. */
    double resolution = 1.0;
    /** Polynomial order K (0, 1 or 3). */
    int order;
    /** Sum of incoming gap conductances S, nS. */
    double gapS;
    double c0;
    double c1;
    double c2;
    double c3;

    /** Loads the parameters of neuron {@code i} of {@code population}. */
    void loadParameters(double[][] columns, int i) {
        gNa = columns[HhParameters.G_NA][i];
        gKv1 = columns[HhParameters.G_KV1][i];
        gKv3 = columns[HhParameters.G_KV3][i];
        gL = columns[HhParameters.G_L][i];
        cM = columns[HhParameters.C_M][i];
        eNa = columns[HhParameters.E_NA][i];
        eK = columns[HhParameters.E_K][i];
        eL = columns[HhParameters.E_L][i];
        tauEx = columns[HhParameters.TAU_SYN_EX][i];
        tauIn = columns[HhParameters.TAU_SYN_IN][i];
        iE = columns[HhParameters.I_E][i];
    }

    /** No gap input (uncoupled neuron or population). */
    void clearGap() {
        order = 0;
        gapS = 0.0;
        c0 = 0.0;
        c1 = 0.0;
        c2 = 0.0;
        c3 = 0.0;
    }

    /** Loads the partner polynomial of one step: {@code coefficients[offset .. offset + order]}. */
    void loadGap(double s, double[] coefficients, int offset) {
        gapS = s;
        c0 = coefficients[offset];
        c1 = order >= 1 ? coefficients[offset + 1] : 0.0;
        c2 = order >= 3 ? coefficients[offset + 2] : 0.0;
        c3 = order >= 3 ? coefficients[offset + 3] : 0.0;
    }

    /** Gap current in pA at membrane potential {@code v} and normalised step time {@code tau} ∈ [0, 1]. */
    double gapCurrent(double v, double tau) {
        switch (order) {
            case 0:
                return -gapS * v + c0;
            case 1:
                return -gapS * v + c0 + c1 * tau;
            default:
                return -gapS * v + c0 + c1 * tau + c2 * tau * tau + c3 * tau * tau * tau;
        }
    }

    /**
     * dy/dt at local time {@code t} (ms since the start of the step) and state {@code y}, into {@code f}.
     */
    void rhs(double t, double[] y, double[] f) {
        final double v = y[V];
        final double m = y[M];
        final double h = y[H];
        final double n = y[N];
        final double p = y[P];
        final double dIex = y[DI_EX];
        final double iEx = y[I_EX];
        final double dIin = y[DI_IN];
        final double iIn = y[I_IN];

        f[V] = dVdt(t, y);
        f[M] = alphaM(v) * (1 - m) - betaM(v) * m;
        f[H] = alphaH(v) * (1 - h) - betaH(v) * h;
        f[N] = alphaN(v) * (1 - n) - betaN(v) * n;
        f[P] = alphaP(v) * (1 - p) - betaP(v) * p;
        f[DI_EX] = -dIex / tauEx;
        f[I_EX] = dIex - iEx / tauEx;
        f[DI_IN] = -dIin / tauIn;
        f[I_IN] = dIin - iIn / tauIn;
    }

    /**
     * The membrane equation alone, mV/ms: C_m dV/dt = −(I_Na + I_K + I_L) + I_stim + I_e + I_ex + I_in + I_gap.
     * Needs no rate function, so the trial pass gets h·dV/dt at both ends of a step cheaply; {@link #rhs}
     * uses it too, so both agree bit for bit.
     */
    double dVdt(double t, double[] y) {
        final double v = y[V];
        final double m = y[M];
        final double h = y[H];
        final double n = y[N];
        final double p = y[P];
        final double iNa = gNa * m * m * m * h * (v - eNa);
        final double iK = (gKv1 * n * n * n * n + gKv3 * p * p) * (v - eK);
        final double iL = gL * (v - eL);
        final double iGap = gapCurrent(v, t / resolution);
        return (-(iNa + iK + iL) + iStim + iE + y[I_EX] + y[I_IN] + iGap) / cM;
    }

    // ---- rate functions, 1/ms, V in mV (reference 1.3; no special case at the removable singularities) ----

    static double alphaM(double v) {
        return 40. * (v - 75.5) / (1. - Math.exp(-(v - 75.5) / 13.5));
    }

    static double betaM(double v) {
        return 1.2262 / Math.exp(v / 42.248);
    }

    static double alphaH(double v) {
        return 0.0035 / Math.exp(v / 24.186);
    }

    static double betaH(double v) {
        return 0.017 * (51.25 + v) / (1.0 - Math.exp(-(51.25 + v) / 5.2));
    }

    static double alphaP(double v) {
        return (v - 95.) / (1. - Math.exp(-(v - 95.) / 11.8));
    }

    static double betaP(double v) {
        return 0.025 / Math.exp(v / 22.222);
    }

    static double alphaN(double v) {
        return 0.014 * (v + 44.) / (1. - Math.exp(-(v + 44.) / 2.3));
    }

    static double betaN(double v) {
        return 0.0043 / Math.exp((v + 44.) / 34.);
    }
}
