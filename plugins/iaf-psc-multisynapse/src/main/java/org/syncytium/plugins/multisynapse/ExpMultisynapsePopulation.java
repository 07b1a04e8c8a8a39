package org.syncytium.plugins.multisynapse;

import java.util.Arrays;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.neuron.PscPropagators;

/**
 * {@code iaf_psc_exp_multisynapse} neurons. Per step, in NEST 3.10's order: unless refractory,
 * V ← P22 V + P20 (I_e + I), then V += P21[k] I[k] for each receptor k; each current decays by P11[k]
 * and takes up its receptor's spikes; the threshold test; the current input of the step is taken up
 * for the next one.
 */
final class ExpMultisynapsePopulation extends MultisynapsePopulation {

    private final double[][] iSyn;
    private final double[][] p11;
    private final double[][] p21;
    private final double[] p22;
    private final double[] p20;
    private final double[] iE;

    ExpMultisynapsePopulation(MultisynapseModel model, int size) {
        super(model, size);
        iSyn = new double[size][];
        p11 = new double[size][];
        p21 = new double[size][];
        for (int i = 0; i < size; i++) {
            resizeReceptors(i, tauSyn[i].length);
        }
        p22 = new double[size];
        p20 = new double[size];
        iE = column(column(MultisynapseModel.I_E));
    }

    @Override
    void resizeReceptors(int i, int n) {
        iSyn[i] = iSyn[i] == null ? new double[n] : Arrays.copyOf(iSyn[i], n);
        p11[i] = new double[n];
        p21[i] = new double[n];
    }

    /** NEST refuses a synaptic time constant equal to tau_m when tau_syn is set (its note on the propagator). */
    @Override
    void checkTau(double[] row, double tau) {
        if (tau == row[column(MultisynapseModel.TAU_M)]) {
            throw new BadPropertyException(model().name(), MultisynapseModel.TAU_SYN, tau,
                    "must differ from tau_m = " + tau + " (membrane and synapse time constants must differ)");
        }
    }

    @Override
    double current(int i, int k) {
        return iSyn[i][k];
    }

    @Override
    void prepare(int i, double h) {
        double tauM = column(column(MultisynapseModel.TAU_M))[i];
        double c = column(column(MultisynapseModel.C_M))[i];
        p22[i] = Math.exp(-h / tauM);
        p20[i] = tauM / c * (1.0 - p22[i]);
        double[] tau = tauSyn[i];
        for (int k = 0; k < tau.length; k++) {
            p11[i][k] = Math.exp(-h / tau[k]);
            p21[i][k] = PscPropagators.exp(tau[k], tauM, c, h);
        }
    }

    @Override
    void receptors(int i, int n, double[] input, double[] terms) {
        final double[] syn = iSyn[i];
        final double[] decay = p11[i];
        final double[] toV = p21[i];
        for (int k = 0; k < n; k++) {
            terms[k] = toV[k] * syn[k];
            syn[k] = syn[k] * decay[k] + input[k];
        }
    }

    @Override
    double membrane(int i, double v, double stim) {
        return v * p22[i] + (iE[i] + stim) * p20[i];
    }
}
