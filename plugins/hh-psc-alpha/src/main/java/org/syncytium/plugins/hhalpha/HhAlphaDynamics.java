package org.syncytium.plugins.hhalpha;

import org.syncytium.support.ode.OdeSystem;

/**
 * The right-hand side of {@code hh_psc_alpha} (NEST's {@code hh_psc_alpha_dynamics}): Na (m³h), K
 * (n⁴) and leak currents, classic Hodgkin-Huxley rates in mV and ms, alpha-shaped excitatory and
 * inhibitory currents as two linear stages each. Parameters of the neuron being integrated are
 * loaded before each neuron.
 */
final class HhAlphaDynamics implements OdeSystem {

    static final int V = 0;
    static final int M = 1;
    static final int H = 2;
    static final int N = 3;
    static final int DI_EX = 4;
    static final int I_EX = 5;
    static final int DI_IN = 6;
    static final int I_IN = 7;
    static final int DIM = 8;

    double gNa;
    double gK;
    double gL;
    double cM;
    double eNa;
    double eK;
    double eL;
    double tauEx;
    double tauIn;
    double iE;
    double iStim;

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        final double v = y[V];
        final double m = y[M];
        final double h = y[H];
        final double n = y[N];
        final double alphaN = (0.01 * (v + 55.)) / (1. - Math.exp(-(v + 55.) / 10.));
        final double betaN = 0.125 * Math.exp(-(v + 65.) / 80.);
        final double alphaM = (0.1 * (v + 40.)) / (1. - Math.exp(-(v + 40.) / 10.));
        final double betaM = 4. * Math.exp(-(v + 65.) / 18.);
        final double alphaH = 0.07 * Math.exp(-(v + 65.) / 20.);
        final double betaH = 1. / (1. + Math.exp(-(v + 35.) / 10.));
        final double iNa = gNa * m * m * m * h * (v - eNa);
        final double iK = gK * n * n * n * n * (v - eK);
        final double iL = gL * (v - eL);
        f[V] = (-(iNa + iK + iL) + iStim + iE + y[I_EX] + y[I_IN]) / cM;
        f[M] = alphaM * (1 - m) - betaM * m;
        f[H] = alphaH * (1 - h) - betaH * h;
        f[N] = alphaN * (1 - n) - betaN * n;
        f[DI_EX] = -y[DI_EX] / tauEx;
        f[I_EX] = y[DI_EX] - (y[I_EX] / tauEx);
        f[DI_IN] = -y[DI_IN] / tauIn;
        f[I_IN] = y[DI_IN] - (y[I_IN] / tauIn);
    }

    /** The gating variables at rest at potential {@code v}: x = α/(α + β), in the order m, h, n. */
    static double[] equilibrium(double v) {
        final double alphaN = (0.01 * (v + 55.)) / (1. - Math.exp(-(v + 55.) / 10.));
        final double betaN = 0.125 * Math.exp(-(v + 65.) / 80.);
        final double alphaM = (0.1 * (v + 40.)) / (1. - Math.exp(-(v + 40.) / 10.));
        final double betaM = 4. * Math.exp(-(v + 65.) / 18.);
        final double alphaH = 0.07 * Math.exp(-(v + 65.) / 20.);
        final double betaH = 1. / (1. + Math.exp(-(v + 35.) / 10.));
        return new double[] {alphaM / (alphaM + betaM), alphaH / (alphaH + betaH), alphaN / (alphaN + betaN)};
    }
}
