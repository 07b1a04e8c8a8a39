package org.syncytium.plugins.multisynapse;

import java.util.Arrays;

import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.PscPropagators;

/**
 * {@code iaf_psc_alpha_multisynapse} neurons. Each receptor k holds the alpha current I[k] and its
 * drive dI[k]. Per step, in NEST 3.10's order: unless refractory, V ← P30 (I + I_e) + P33 V, then
 * V += P31[k] dI[k] + P32[k] I[k] for each receptor, and V is held at V_min from below; each
 * receptor's I ← h P11 dI + P11 I, dI ← P11 dI, and dI takes up e/tau_syn[k] per pA of its
 * receptor's spikes; the threshold test; the current input of the step is taken up for the next.
 */
final class AlphaMultisynapsePopulation extends MultisynapsePopulation {

    private final double[][] dI;
    private final double[][] current;
    private final double[][] p11;
    private final double[][] p31;
    private final double[][] p32;
    private final double[][] pscInitial;
    private final double[] p33;
    private final double[] p30;

    AlphaMultisynapsePopulation(MultisynapseModel model, int size) {
        super(model, size);
        dI = new double[size][];
        current = new double[size][];
        p11 = new double[size][];
        p31 = new double[size][];
        p32 = new double[size][];
        pscInitial = new double[size][];
        for (int i = 0; i < size; i++) {
            resizeReceptors(i, tauSyn[i].length);
        }
        p33 = new double[size];
        p30 = new double[size];
    }

    @Override
    void resizeReceptors(int i, int n) {
        dI[i] = dI[i] == null ? new double[n] : Arrays.copyOf(dI[i], n);
        current[i] = current[i] == null ? new double[n] : Arrays.copyOf(current[i], n);
        p11[i] = new double[n];
        p31[i] = new double[n];
        p32[i] = new double[n];
        pscInitial[i] = new double[n];
    }

    @Override
    double current(int i, int k) {
        return current[i][k];
    }

    @Override
    void prepare(int i, double h) {
        double tauM = column(column(MultisynapseModel.TAU_M))[i];
        double c = column(column(MultisynapseModel.C_M))[i];
        p33[i] = Math.exp(-h / tauM);
        p30[i] = 1 / c * (1 - p33[i]) * tauM;
        double[] tau = tauSyn[i];
        for (int k = 0; k < tau.length; k++) {
            p11[i][k] = Math.exp(-h / tau[k]);
            p31[i][k] = PscPropagators.alphaDerivative(tau[k], tauM, c, h);
            p32[i][k] = PscPropagators.alphaCurrent(tau[k], tauM, c, h);
            // the PSC of weight w peaks at w pA at t = tau_syn
            pscInitial[i][k] = 1.0 * Math.E / tau[k];
        }
    }

    /**
     * As {@code iaf_psc_exp_multisynapse}'s update: receptor by receptor over a block of steps (the
     * slice, or one step for a sampled neuron), keeping the term P31[k] dI[k] + P32[k] I[k] each adds
     * to V at each step, then the block's steps, adding the terms in NEST's order.
     */
    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final int d = sliceSteps;
        final int first = io.firstStep();
        final int end = io.endStep();
        final double h = resolution;
        final double[] currents = io.currentInput();
        final double[] iE = column(column(MultisynapseModel.I_E));
        final double[] eL = column(columnEl);
        final double[] vTh = column(column(MultisynapseModel.V_TH));
        final double[] vReset = column(column(MultisynapseModel.V_RESET));
        final double[] vMin = column(column(MultisynapseModel.V_MIN));
        for (int i = from; i < to; i++) {
            final double[] y1 = dI[i];
            final double[] y2 = current[i];
            final double[] decay = p11[i];
            final double[] fromDI = p31[i];
            final double[] fromI = p32[i];
            final double[] jump = pscInitial[i];
            final int n = y1.length;
            final boolean sampled = io.isSampled(i);
            final int block = sampled ? 1 : end - first;
            final double[] terms = scratch(n * block);
            double vi = v[i];
            double stim = iStim[i];
            int r = refractory[i];
            final double theta = vTh[i] - eL[i];
            final double reset = vReset[i] - eL[i];
            final double lower = vMin[i] - eL[i];
            for (int b = first; b < end; b += block) {
                final int stop = Math.min(end, b + block);
                for (int k = 0; k < n; k++) {
                    final double[] ex = io.spikeExcitatory(k + 1);
                    final double[] in = io.spikeInhibitory(k + 1);
                    double a = y1[k];
                    double c = y2[k];
                    for (int l = b; l < stop; l++) {
                        terms[(l - b) * n + k] = fromDI[k] * a + fromI[k] * c;
                        c = h * decay[k] * a + decay[k] * c;
                        a *= decay[k];
                        a += jump[k] * (ex[i * d + l] + in[i * d + l]);
                    }
                    y1[k] = a;
                    y2[k] = c;
                }
                for (int l = b; l < stop; l++) {
                    if (r == 0) {
                        vi = p30[i] * (stim + iE[i]) + p33[i] * vi;
                        for (int k = 0, at = (l - b) * n; k < n; k++) {
                            vi += terms[at + k];
                        }
                        vi = vi < lower ? lower : vi;
                    } else {
                        r--;
                    }
                    if (vi >= theta) {
                        r = refractorySteps[i];
                        vi = reset;
                        io.spike(i, l);
                    }
                    stim = currents[i * d + l];
                    if (sampled && io.isSampledAfter(i, l)) {
                        v[i] = vi;
                        io.sample(i, l);
                    }
                }
            }
            checkFinite(i, vi, io);
            v[i] = vi;
            iStim[i] = stim;
            refractory[i] = r;
        }
    }
}
