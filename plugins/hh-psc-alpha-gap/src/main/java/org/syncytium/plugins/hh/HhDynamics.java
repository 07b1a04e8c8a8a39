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

    /**
     * The twin of rkf45_simd's arithmetic (tests and the SIMD warm-up): VectorMath's exp, the step
     * control's powers exp(seriesLog(r)·q) ({@link #twinExp}, {@link #seriesLog}), and the lanes'
     * multiplications by reciprocals where NEST divides ({@link #laneRhs}).
     * False (NEST's path): Math.exp and Math.pow, NEST's expressions operation for operation.
     */
    final boolean strict;

    HhDynamics() {
        this(false);
    }

    HhDynamics(boolean strict) {
        this.strict = strict;
    }

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
    /** 1/C_m, 1/tau_syn_ex, 1/tau_syn_in: the lanes multiply by them (set with the parameters). */
    double inverseCm;
    double inverseTauEx;
    double inverseTauIn;
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
        inverseCm = 1.0 / cM;
        inverseTauEx = 1.0 / tauEx;
        inverseTauIn = 1.0 / tauIn;
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
        if (strict) {
            laneRhs(t, y, f);
            return;
        }
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
        final boolean s = strict;
        f[M] = alphaM(v, s) * (1 - m) - betaM(v, s) * m;
        f[H] = alphaH(v, s) * (1 - h) - betaH(v, s) * h;
        f[N] = alphaN(v, s) * (1 - n) - betaN(v, s) * n;
        f[P] = alphaP(v, s) * (1 - p) - betaP(v, s) * p;
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
        if (strict) {
            return laneDVdt(t, y);
        }
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

    // ---- the lanes' arithmetic (rkf45_simd), for one neuron ----
    //
    // The same equations with every division by a constant or a parameter replaced by a
    // multiplication with its reciprocal, and β = c / exp(x) as c · exp(−x): a vector division costs
    // about ten multiplications, and these were 18 of the 22 divisions of a right-hand side. The
    // arguments and results differ from NEST's by rounding only (docs/models/hh_psc_alpha_gap.md).

    /** Negated reciprocals of the rate functions' voltage scales, 1/mV. */
    static final double NEG_INV_13_5 = -1.0 / 13.5;
    static final double NEG_INV_42_248 = -1.0 / 42.248;
    static final double NEG_INV_24_186 = -1.0 / 24.186;
    static final double NEG_INV_5_2 = -1.0 / 5.2;
    static final double NEG_INV_2_3 = -1.0 / 2.3;
    static final double NEG_INV_34 = -1.0 / 34.0;
    static final double NEG_INV_11_8 = -1.0 / 11.8;
    static final double NEG_INV_22_222 = -1.0 / 22.222;

    /**
     * |V| below this, mV, puts all eight rate arguments in exp's normal range (|x| &lt;
     * VectorMathConstants.SAFE_ARGUMENT, 700): the steepest, (V + 44)/2.3, stays below 454.
     */
    static final double V_EXP_NORMAL = 1000.0;

    /** {@link #rhs} as a lane of rkf45_simd computes it, operation for operation. */
    private void laneRhs(double t, double[] y, double[] f) {
        final double v = y[V];
        final double m = y[M];
        final double h = y[H];
        final double n = y[N];
        final double p = y[P];
        final double dIex = y[DI_EX];
        final double iEx = y[I_EX];
        final double dIin = y[DI_IN];
        final double iIn = y[I_IN];
        f[V] = laneDVdt(t, y);

        final double denM = 1.0 - twinExp((v - 75.5) * NEG_INV_13_5);
        final double alphaM = denM == 0.0 ? ALPHA_M_LIMIT : (v - 75.5) * 40.0 / denM;
        final double betaM = twinExp(v * NEG_INV_42_248) * 1.2262;
        f[M] = Math.fma(-(alphaM + betaM), m, alphaM);

        final double alphaH = twinExp(v * NEG_INV_24_186) * 0.0035;
        final double denH = 1.0 - twinExp((51.25 + v) * NEG_INV_5_2);
        final double betaH = denH == 0.0 ? BETA_H_LIMIT : (51.25 + v) * 0.017 / denH;
        f[H] = Math.fma(-(alphaH + betaH), h, alphaH);

        final double denN = 1.0 - twinExp((v + 44.0) * NEG_INV_2_3);
        final double alphaN = denN == 0.0 ? ALPHA_N_LIMIT : (v + 44.0) * 0.014 / denN;
        final double betaN = twinExp((v + 44.0) * NEG_INV_34) * 0.0043;
        f[N] = Math.fma(-(alphaN + betaN), n, alphaN);

        final double denP = 1.0 - twinExp((v - 95.0) * NEG_INV_11_8);
        final double alphaP = denP == 0.0 ? ALPHA_P_LIMIT : (v - 95.0) / denP;
        final double betaP = twinExp(v * NEG_INV_22_222) * 0.025;
        f[P] = Math.fma(-(alphaP + betaP), p, alphaP);

        f[DI_EX] = -(dIex * inverseTauEx);
        f[I_EX] = dIex - iEx * inverseTauEx;
        f[DI_IN] = -(dIin * inverseTauIn);
        f[I_IN] = dIin - iIn * inverseTauIn;
    }

    /** {@link #gapCurrent} as a lane computes it: Horner form with fused multiply-adds. */
    private double laneGapCurrent(double v, double tau) {
        double partners = c0;
        if (order >= 1) {
            double slope = c1;
            if (order == 3) {
                slope = Math.fma(Math.fma(c3, tau, c2), tau, slope);
            }
            partners = Math.fma(slope, tau, partners);
        }
        return Math.fma(-gapS, v, partners);
    }

    /** {@link #dVdt} as a lane computes it: τ = t · (1/h), and · (1/C_m) instead of / C_m. */
    private double laneDVdt(double t, double[] y) {
        final double v = y[V];
        final double m = y[M];
        final double h = y[H];
        final double n = y[N];
        final double p = y[P];
        final double iNa = gNa * m * m * m * h * (v - eNa);
        final double iK = Math.fma(gKv3 * p, p, gKv1 * n * n * n * n) * (v - eK);
        final double iL = gL * (v - eL);
        final double iGap = laneGapCurrent(v, t * (1.0 / resolution));
        return (-(iNa + iK + iL) + iStim + iE + y[I_EX] + y[I_IN] + iGap) * inverseCm;
    }

    // ---- rate functions, 1/ms, V in mV (reference 1.3) ----
    //
    // alpha_m, beta_h, alpha_p and alpha_n have the form a·x / (1 − exp(−x/k)), which is 0/0 where
    // x = 0 (V = 75.5, −51.25, 95 and −44 mV). NEST evaluates them as written and gets NaN (or ±∞)
    // there, which stops a run. Here the denominator is tested: where it is exactly 0 (for these
    // constants only at the one double x = 0) the function takes its limit a·k; everywhere else
    // it is NEST's expression, operation for operation, so results stay identical to NEST's.

    private static double exp(double x, boolean strict) {
        return strict ? twinExp(x) : Math.exp(x);
    }

    /** x^q: Math.pow, or for the twin exp(seriesLog(x)·q) as VectorMath computes it. */
    double pow(double x, double q) {
        return strict ? twinExp(seriesLog(x) * q) : Math.pow(x, q);
    }

    /** VectorMath.exp for one double, operation for operation (Math.fma is exact in every JIT tier). */
    static double twinExp(double x) {
        final double[] c = VectorMathConstants.POLYNOMIAL;
        final double kMagic = x * VectorMathConstants.INV_LN2 + VectorMathConstants.MAGIC;
        final double k = kMagic - VectorMathConstants.MAGIC;
        final double r = Math.fma(k, -VectorMathConstants.LN2_HI, x) - k * VectorMathConstants.LN2_LO;
        double p = c[c.length - 1];
        for (int j = c.length - 2; j >= 0; j--) {
            p = Math.fma(p, r, c[j]);
        }
        if (Math.abs(x) < VectorMathConstants.SAFE_ARGUMENT) {
            // VectorMath.exp's fast path: none of the corrections below changes a normal-range result
            return Double.longBitsToDouble(Double.doubleToRawLongBits(p) + (Double.doubleToRawLongBits(kMagic) << 52));
        }
        final boolean deep = k < -1021.0;
        final long shift = (Double.doubleToRawLongBits(k + (deep ? 1000.0 : 0.0) + VectorMathConstants.MAGIC)
                - VectorMathConstants.MAGIC_BITS) << 52;
        double result = Double.longBitsToDouble(Double.doubleToRawLongBits(p) + shift) * (deep ? VectorMathConstants.TWO_M1000 : 1.0);
        if (x > VectorMathConstants.O_THRESHOLD) {
            result = Double.POSITIVE_INFINITY;
        }
        if (x < VectorMathConstants.U_THRESHOLD) {
            result = 0.0;
        }
        if (x != x) {
            result = x + x;
        }
        return result;
    }

    /** VectorMath.log for one double, operation for operation (x = 2^e·m, log m = 2 atanh s). */
    static double seriesLog(double x) {
        final long bits = Double.doubleToRawLongBits(x);
        final double exponent = (double) ((bits >>> 52) - 1023L);
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        double e = exponent;
        if (m > 1.41421356237309504880) {
            m = m * 0.5;
            e = exponent + 1.0;
        }
        final double s = (m - 1.0) / (m + 1.0);
        final double z = s * s;
        double series = 1.0 / 23;
        series = series * z + 1.0 / 21;
        series = series * z + 1.0 / 19;
        series = series * z + 1.0 / 17;
        series = series * z + 1.0 / 15;
        series = series * z + 1.0 / 13;
        series = series * z + 1.0 / 11;
        series = series * z + 1.0 / 9;
        series = series * z + 1.0 / 7;
        series = series * z + 1.0 / 5;
        series = series * z + 1.0 / 3;
        final double logM = (s * z * series + s) * 2.0;
        return e * 0.693147180559945309417 + logM;
    }

    /** Limit of α_m at V = 75.5 mV: 40 · 13.5. */
    static final double ALPHA_M_LIMIT = 40. * 13.5;
    /** Limit of β_h at V = −51.25 mV: 0.017 · 5.2. */
    static final double BETA_H_LIMIT = 0.017 * 5.2;
    /** Limit of α_p at V = 95 mV: 11.8. */
    static final double ALPHA_P_LIMIT = 11.8;
    /** Limit of α_n at V = −44 mV: 0.014 · 2.3. */
    static final double ALPHA_N_LIMIT = 0.014 * 2.3;

    static double alphaM(double v) {
        return alphaM(v, false);
    }

    private static double alphaM(double v, boolean strict) {
        final double denominator = 1. - exp(-(v - 75.5) / 13.5, strict);
        return denominator == 0.0 ? ALPHA_M_LIMIT : 40. * (v - 75.5) / denominator;
    }

    static double betaM(double v) {
        return betaM(v, false);
    }

    private static double betaM(double v, boolean strict) {
        return 1.2262 / exp(v / 42.248, strict);
    }

    static double alphaH(double v) {
        return alphaH(v, false);
    }

    private static double alphaH(double v, boolean strict) {
        return 0.0035 / exp(v / 24.186, strict);
    }

    static double betaH(double v) {
        return betaH(v, false);
    }

    private static double betaH(double v, boolean strict) {
        final double denominator = 1.0 - exp(-(51.25 + v) / 5.2, strict);
        return denominator == 0.0 ? BETA_H_LIMIT : 0.017 * (51.25 + v) / denominator;
    }

    static double alphaP(double v) {
        return alphaP(v, false);
    }

    private static double alphaP(double v, boolean strict) {
        final double denominator = 1. - exp(-(v - 95.) / 11.8, strict);
        return denominator == 0.0 ? ALPHA_P_LIMIT : (v - 95.) / denominator;
    }

    static double betaP(double v) {
        return betaP(v, false);
    }

    private static double betaP(double v, boolean strict) {
        return 0.025 / exp(v / 22.222, strict);
    }

    static double alphaN(double v) {
        return alphaN(v, false);
    }

    private static double alphaN(double v, boolean strict) {
        final double denominator = 1. - exp(-(v + 44.) / 2.3, strict);
        return denominator == 0.0 ? ALPHA_N_LIMIT : 0.014 * (v + 44.) / denominator;
    }

    static double betaN(double v) {
        return betaN(v, false);
    }

    private static double betaN(double v, boolean strict) {
        return 0.0043 / exp((v + 44.) / 34., strict);
    }
}
