package org.syncytium.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * A second, deliberately plain implementation of hh_psc_alpha_gap with gap junctions, written from
 * the reference description alone (sections 1.3-1.12 and 2.3: the rate functions, GSL's RKF45 with
 * its evolve/control rules, the gap-current polynomial, the WFR loop and the stepwise scheme). It
 * shares no code with the plugins. It serves two purposes: {@link IndependentModelTest} checks it
 * against NEST's tables (so the typed-in reference data and our reading of the reference are
 * right), and when a kernel test fails it gives a per-step trace to put next to the kernel's, to
 * locate the first step where the kernel, the neuron plugin or a solver goes wrong.
 *
 * <p>Scope: hh_psc_alpha_gap neurons with constant I_e and gap junctions only (no spike input),
 * one thread, all neurons in one array. Units: mV, ms, pA, nS, pF.
 */
final class IndependentModel {

    // Parameters of hh_psc_alpha_gap (reference 1.2), NEST's defaults.
    private static final double T_REF = 2.0;
    private static final double G_NA = 4500.0;
    private static final double G_KV1 = 9.0;
    private static final double G_KV3 = 9000.0;
    private static final double G_L = 10.0;
    private static final double C_M = 40.0;
    private static final double E_NA = 74.0;
    private static final double E_K = -90.0;
    private static final double E_L = -70.0;
    private static final double TAU_EX = 0.2;
    private static final double TAU_IN = 2.0;
    /** NEST's hard-coded initial V (reference 1.5), a rest point with gating at steady state. */
    static final double V_INIT = -69.60401191631222;

    private static final int DIM = 9;
    private static final int V = 0;
    private static final int M = 1;
    private static final int H_NA = 2;
    private static final int N = 3;
    private static final int P = 4;

    /** GSL control: absolute error 1e-6 per component, no relative part (reference 1.7). */
    private static final double EPS_ABS = 1e-6;

    /** How partners are coupled. */
    enum Scheme {
        /** Waveform relaxation over D-step slices. */
        WFR,
        /** NEST's use_wfr=False: one-step slices, final pass only. */
        STEPWISE
    }

    private final int n;
    private final double h;
    private final double[][] g;
    private final double[] iE;
    private final double[][] y;
    private final double[] step;
    private final int[] refractory;
    private final int refractoryCounts;
    private final List<Spike> spikes = new ArrayList<>();
    /** V after every step: trace[i][k] is V of neuron i after step k+1. */
    private final List<double[]> trace = new ArrayList<>();
    private final List<Integer> passesPerSlice = new ArrayList<>();

    // Gap input of the pass being computed: S_i and C_i[l][q].
    private double[] sumG;
    private double[][] coefficients;
    private int order;
    private int lag;
    private double[] rhsScratch = new double[DIM];

    /**
     * @param h    resolution in ms
     * @param g    g[i][j] = conductance in nS of the connection j → i (0 if none)
     * @param iE   constant current per neuron in pA
     */
    IndependentModel(double h, double[][] g, double[] iE) {
        this.n = iE.length;
        this.h = h;
        this.g = g;
        this.iE = iE.clone();
        this.y = new double[n][DIM];
        this.step = new double[n];
        this.refractory = new int[n];
        this.refractoryCounts = (int) Math.round(T_REF / h);
        for (int i = 0; i < n; i++) {
            y[i][V] = V_INIT;
            y[i][M] = alphaM(V_INIT) / (alphaM(V_INIT) + betaM(V_INIT));
            y[i][H_NA] = alphaH(V_INIT) / (alphaH(V_INIT) + betaH(V_INIT));
            y[i][N] = alphaN(V_INIT) / (alphaN(V_INIT) + betaN(V_INIT));
            y[i][P] = alphaP(V_INIT) / (alphaP(V_INIT) + betaP(V_INIT));
            step[i] = h;
        }
    }

    /** Sets V_m only, leaving the gating variables where they are (reference 1.5, pitfall 1). */
    void setV(int i, double v) {
        y[i][V] = v;
    }

    // Rate functions in 1/ms, V in mV (reference 1.3).
    static double alphaM(double v) {
        return 40 * (v - 75.5) / (1 - Math.exp(-(v - 75.5) / 13.5));
    }

    static double betaM(double v) {
        return 1.2262 / Math.exp(v / 42.248);
    }

    static double alphaH(double v) {
        return 0.0035 / Math.exp(v / 24.186);
    }

    static double betaH(double v) {
        return 0.017 * (51.25 + v) / (1 - Math.exp(-(51.25 + v) / 5.2));
    }

    static double alphaP(double v) {
        return (v - 95) / (1 - Math.exp(-(v - 95) / 11.8));
    }

    static double betaP(double v) {
        return 0.025 / Math.exp(v / 22.222);
    }

    static double alphaN(double v) {
        return 0.014 * (v + 44) / (1 - Math.exp(-(v + 44) / 2.3));
    }

    static double betaN(double v) {
        return 0.0043 / Math.exp((v + 44) / 34);
    }

    /** Right-hand side for neuron i at local time t in [0, h] of the current step (reference 1.4, 1.8). */
    private void rhs(int i, double t, double[] s, double[] f) {
        double v = s[V];
        double m = s[M];
        double hh = s[H_NA];
        double nn = s[N];
        double p = s[P];
        double iNa = G_NA * m * m * m * hh * (v - E_NA);
        double iK = (G_KV1 * nn * nn * nn * nn + G_KV3 * p * p) * (v - E_K);
        double iL = G_L * (v - E_L);
        double tau = t / h;
        double[] c = coefficients[i];
        int base = lag * (order + 1);
        double gap = -sumG[i] * v;
        double power = 1;
        for (int q = 0; q <= order; q++) {
            gap += c[base + q] * power;
            power *= tau;
        }
        f[V] = (-(iNa + iK + iL) + iE[i] + s[6] + s[8] + gap) / C_M;
        f[M] = alphaM(v) * (1 - m) - betaM(v) * m;
        f[H_NA] = alphaH(v) * (1 - hh) - betaH(v) * hh;
        f[N] = alphaN(v) * (1 - nn) - betaN(v) * nn;
        f[P] = alphaP(v) * (1 - p) - betaP(v) * p;
        f[5] = -s[5] / TAU_EX;
        f[6] = s[5] - s[6] / TAU_EX;
        f[7] = -s[7] / TAU_IN;
        f[8] = s[7] - s[8] / TAU_IN;
    }

    // Fehlberg tableau as GSL's rkf45 (reference 1.7 item 3).
    private static final double[] NODES = {0, 0.25, 3.0 / 8, 12.0 / 13, 1, 0.5};
    private static final double[][] A = {
        {},
        {0.25},
        {3.0 / 32, 9.0 / 32},
        {1932.0 / 2197, -7200.0 / 2197, 7296.0 / 2197},
        {8341.0 / 4104, -32832.0 / 4104, 29440.0 / 4104, -845.0 / 4104},
        {-6080.0 / 20520, 41040.0 / 20520, -28352.0 / 20520, 9295.0 / 20520, -5643.0 / 20520}};
    private static final double[] C5 = {902880.0 / 7618050, 0, 3953664.0 / 7618050, 3855735.0 / 7618050,
        -1371249.0 / 7618050, 277020.0 / 7618050};
    private static final double[] EC = {1.0 / 360, 0, -128.0 / 4275, -2197.0 / 75240, 1.0 / 50, 2.0 / 55};

    private final double[][] k = new double[6][DIM];
    private final double[] ytmp = new double[DIM];
    private final double[] y0 = new double[DIM];
    private final double[] yerr = new double[DIM];

    /** One RKF45 step of size dt from local time t; y updated in place, error into yerr. */
    private void rkf45(int i, double t, double dt, double[] s, double[] dydtIn) {
        System.arraycopy(dydtIn, 0, k[0], 0, DIM);
        for (int stage = 1; stage < 6; stage++) {
            for (int d = 0; d < DIM; d++) {
                double sum = 0;
                for (int j = 0; j < stage; j++) {
                    sum += A[stage][j] * k[j][d];
                }
                ytmp[d] = s[d] + dt * sum;
            }
            rhs(i, t + NODES[stage] * dt, ytmp, k[stage]);
        }
        for (int d = 0; d < DIM; d++) {
            double sum = 0;
            double err = 0;
            for (int j = 0; j < 6; j++) {
                sum += C5[j] * k[j][d];
                err += EC[j] * k[j][d];
            }
            s[d] += dt * sum;
            yerr[d] = dt * err;
        }
    }

    /** Integrates neuron i over one step [0, h] with GSL's evolve/control rules (reference 1.7). */
    private void integrateStep(int i) {
        double[] s = y[i];
        double[] dydt = new double[DIM];
        double t = 0;
        while (t < h) {
            double t0 = t;
            System.arraycopy(s, 0, y0, 0, DIM);
            rhs(i, t0, s, dydt);
            double h0 = step[i];
            double remaining = h - t0;
            while (true) {
                boolean last = h0 > remaining;
                if (last) {
                    h0 = remaining;
                }
                rkf45(i, t0, h0, s, dydt);
                t = last ? h : t0 + h0;
                double rmax = Double.MIN_NORMAL;
                for (int d = 0; d < DIM; d++) {
                    rmax = Math.max(rmax, Math.abs(yerr[d]) / EPS_ABS);
                }
                double hOld = h0;
                if (rmax > 1.1) {
                    double r = Math.max(0.2, 0.9 / Math.pow(rmax, 1.0 / 5));
                    double hNew = r * hOld;
                    if (Math.abs(hNew) < Math.abs(hOld) && t + hNew != t) {
                        System.arraycopy(y0, 0, s, 0, DIM);
                        h0 = hNew;
                        continue;
                    }
                    h0 = hOld;
                } else if (rmax < 0.5) {
                    double r = Math.min(5, Math.max(1, 0.9 / Math.pow(rmax, 1.0 / 6)));
                    h0 = r * hOld;
                }
                break;
            }
            step[i] = h0;
        }
    }

    /**
     * Runs {@code slices} slices of {@code d} steps each (stepwise: d must be 1).
     *
     * @param scheme        WFR or stepwise
     * @param d             steps per slice
     * @param k             interpolation order 0, 1 or 3
     * @param tol           wfr_tol in mV
     * @param maxIterations wfr_max_iterations
     */
    void run(Scheme scheme, int d, int k, double tol, int maxIterations, int slices) {
        this.order = k;
        int width = d * (k + 1);
        double[][] delivered = new double[n][width];
        double[] deliveredS = new double[n];
        double[][] out = new double[n][width];
        for (int slice = 0; slice < slices; slice++) {
            if (scheme == Scheme.WFR) {
                double[][] lastV = new double[n][d];
                int passes = 0;
                boolean done = false;
                while (passes < maxIterations && !done) {
                    done = true;
                    sumG = deliveredS;
                    coefficients = delivered;
                    for (int i = 0; i < n; i++) {
                        done &= trialPass(i, d, k, tol, lastV[i], out[i]);
                    }
                    passes++;
                    double[][] next = new double[n][width];
                    double[] nextS = new double[n];
                    exchange(out, next, nextS);
                    delivered = next;
                    deliveredS = nextS;
                }
                passesPerSlice.add(passes);
            }
            sumG = deliveredS;
            coefficients = delivered;
            for (int i = 0; i < n; i++) {
                finalPass(i, slice, d, k, out[i]);
            }
            double[][] next = new double[n][width];
            double[] nextS = new double[n];
            exchange(out, next, nextS);
            delivered = next;
            deliveredS = nextS;
        }
    }

    private void exchange(double[][] out, double[][] into, double[] intoS) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (g[i][j] != 0) {
                    intoS[i] += g[i][j];
                    for (int q = 0; q < out[j].length; q++) {
                        into[i][q] += g[i][j] * out[j][q];
                    }
                }
            }
        }
    }

    private boolean trialPass(int i, int d, int k, double tol, double[] lastV, double[] out) {
        double[] saved = y[i].clone();
        int savedRefractory = refractory[i];
        boolean converged = true;
        double[] f = rhsScratch;
        for (int l = 0; l < d; l++) {
            lag = l;
            rhs(i, 0, y[i], f);
            double hfStart = h * f[V];
            double vStart = y[i][V];
            integrateStep(i);
            double vEnd = y[i][V];
            if (Math.abs(vEnd - lastV[l]) > tol) {
                converged = false;
            }
            lastV[l] = vEnd;
            rhs(i, h, y[i], f);
            double hfEnd = h * f[V];
            int base = l * (k + 1);
            switch (k) {
                case 0 -> out[base] = vStart;
                case 1 -> {
                    out[base] = vStart;
                    out[base + 1] = vEnd - vStart;
                }
                case 3 -> {
                    out[base] = vStart;
                    out[base + 1] = hfStart;
                    out[base + 2] = -3 * vStart + 3 * vEnd - 2 * hfStart - hfEnd;
                    out[base + 3] = 2 * vStart - 2 * vEnd + hfStart + hfEnd;
                }
                default -> throw new IllegalArgumentException("order " + k);
            }
        }
        y[i] = saved;
        refractory[i] = savedRefractory;
        return converged;
    }

    private void finalPass(int i, int slice, int d, int k, double[] out) {
        for (int l = 0; l < d; l++) {
            lag = l;
            double before = y[i][V];
            integrateStep(i);
            double after = y[i][V];
            if (refractory[i] > 0) {
                refractory[i]--;
            } else if (after >= 0 && before > after) {
                refractory[i] = refractoryCounts;
                spikes.add(new Spike(i + 1, (long) slice * d + l + 1));
            }
            int index = slice * d + l;
            while (trace.size() <= index) {
                trace.add(new double[n]);
            }
            trace.get(index)[i] = after;
        }
        java.util.Arrays.fill(out, 0);
        for (int l = 0; l < d; l++) {
            out[l * (k + 1)] = y[i][V];
        }
    }

    /** V of neuron i (0-based) after step {@code stepNumber} (1-based), in mV. */
    double v(int i, long stepNumber) {
        return trace.get((int) (stepNumber - 1))[i];
    }

    /** Number of steps simulated. */
    int steps() {
        return trace.size();
    }

    /** Spikes with 1-based node ids, sorted. */
    List<Spike> spikes() {
        List<Spike> sorted = new ArrayList<>(spikes);
        java.util.Collections.sort(sorted);
        return sorted;
    }

    /** Trial passes per slice, in slice order (WFR only). */
    List<Integer> passesPerSlice() {
        return List.copyOf(passesPerSlice);
    }
}
