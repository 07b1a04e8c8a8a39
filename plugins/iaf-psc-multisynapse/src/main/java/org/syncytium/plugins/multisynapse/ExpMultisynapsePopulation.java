package org.syncytium.plugins.multisynapse;

import java.util.Arrays;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.SliceIO;
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

    /**
     * Receptor by receptor over a block of steps first (each reading its own input array in order),
     * keeping the term P21[k] I[k] each adds to V at each step; then the block's steps, adding the
     * terms to V in NEST's order (receptor 1 first), so that V is computed as NEST computes it. The
     * block is the slice, or one step for a neuron a multimeter samples (its currents are read after
     * each step).
     */
    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final int d = sliceSteps;
        final int first = io.firstStep();
        final int end = io.endStep();
        final double[] currents = io.currentInput();
        final double[] iE = column(column(MultisynapseModel.I_E));
        final double[] eL = column(columnEl);
        final double[] vTh = column(column(MultisynapseModel.V_TH));
        final double[] vReset = column(column(MultisynapseModel.V_RESET));
        for (int i = from; i < to; i++) {
            final double[] syn = iSyn[i];
            final double[] decay = p11[i];
            final double[] toV = p21[i];
            final int n = syn.length;
            final boolean sampled = io.isSampled(i);
            final int block = sampled ? 1 : end - first;
            final double[] terms = scratch(n * block);
            double vi = v[i];
            double stim = iStim[i];
            int r = refractory[i];
            final double theta = vTh[i] - eL[i];
            final double reset = vReset[i] - eL[i];
            for (int b = first; b < end; b += block) {
                final int stop = Math.min(end, b + block);
                for (int k = 0; k < n; k++) {
                    final double[] ex = io.spikeExcitatory(k + 1);
                    final double[] in = io.spikeInhibitory(k + 1);
                    double current = syn[k];
                    for (int l = b; l < stop; l++) {
                        terms[(l - b) * n + k] = toV[k] * current;
                        current = current * decay[k] + (ex[i * d + l] + in[i * d + l]);
                    }
                    syn[k] = current;
                }
                for (int l = b; l < stop; l++) {
                    if (r == 0) {
                        vi = vi * p22[i] + (iE[i] + stim) * p20[i];
                        for (int k = 0, at = (l - b) * n; k < n; k++) {
                            vi += terms[at + k];
                        }
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
