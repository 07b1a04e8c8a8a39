package org.syncytium.plugins.multisynapse;

import java.util.Arrays;

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
    private final double[] iE;
    private final double[] vMin;

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
        iE = column(column(MultisynapseModel.I_E));
        vMin = column(column(MultisynapseModel.V_MIN));
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

    @Override
    void receptors(int i, int n, double[] input, double[] terms) {
        final double h = resolution;
        final double[] y1 = dI[i];
        final double[] y2 = current[i];
        final double[] decay = p11[i];
        final double[] fromDI = p31[i];
        final double[] fromI = p32[i];
        final double[] jump = pscInitial[i];
        for (int k = 0; k < n; k++) {
            final double a = y1[k];
            terms[k] = fromDI[k] * a + fromI[k] * y2[k];
            y2[k] = h * decay[k] * a + decay[k] * y2[k];
            y1[k] = a * decay[k] + jump[k] * input[k];
        }
    }

    @Override
    double membrane(int i, double v, double stim) {
        return p30[i] * (stim + iE[i]) + p33[i] * v;
    }

    @Override
    double lowerBound(int i) {
        return vMin[i] - columns[columnEl][i];
    }
}
