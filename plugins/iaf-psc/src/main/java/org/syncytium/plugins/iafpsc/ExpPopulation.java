package org.syncytium.plugins.iafpsc;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.PscPropagators;

/**
 * {@code iaf_psc_exp} neurons. Per step, as NEST: unless refractory, V ← P22 V + P21ex I_ex +
 * P21in I_in + P20 (I_e + I); the currents decay by P11 and take up the step's spikes; the
 * threshold test; the current input of the step is taken up for the next one.
 */
final class ExpPopulation extends LifPopulation {

    private final double[] iEx;
    private final double[] iIn;
    private final double[] p22;
    private final double[] p20;
    private final double[] p11Ex;
    private final double[] p11In;
    private final double[] p21Ex;
    private final double[] p21In;

    ExpPopulation(NeuronModel model, int size) {
        super(model, IafPscExpModel.PARAMETERS, size);
        iEx = new double[size];
        iIn = new double[size];
        p22 = new double[size];
        p20 = new double[size];
        p11Ex = new double[size];
        p11In = new double[size];
        p21Ex = new double[size];
        p21In = new double[size];
    }

    @Override
    void check(double[] row) {
        LifParameters p = IafPscExpModel.PARAMETERS;
        p.check(row, IafPscExpModel.TAU_SYN_EX, IafPscExpModel.TAU_SYN_IN);
        double delta = row[p.column(IafPscExpModel.DELTA)];
        if (delta != 0.0) {
            throw new BadPropertyException(IafPscExpModel.NAME, IafPscExpModel.DELTA, delta,
                    "must be 0: NEST's escape-noise threshold is not provided here (the threshold is sharp)");
        }
        if (!(row[p.column(IafPscExpModel.RHO)] >= 0)) {
            throw new BadPropertyException(IafPscExpModel.NAME, IafPscExpModel.RHO, row[p.column(IafPscExpModel.RHO)],
                    "must be >= 0 (stochastic firing intensity must not be negative)");
        }
    }

    @Override
    void prepare(int i, double h) {
        double tauM = column(LifParameters.TAU_M)[i];
        double c = column(LifParameters.C_M)[i];
        double tauEx = column(IafPscExpModel.TAU_SYN_EX)[i];
        double tauIn = column(IafPscExpModel.TAU_SYN_IN)[i];
        p11Ex[i] = Math.exp(-h / tauEx);
        p11In[i] = Math.exp(-h / tauIn);
        p22[i] = Math.exp(-h / tauM);
        p21Ex[i] = PscPropagators.exp(tauEx, tauM, c, h);
        p21In[i] = PscPropagators.exp(tauIn, tauM, c, h);
        p20[i] = tauM / c * (1.0 - p22[i]);
    }

    @Override
    double otherRecordable(int index, int i) {
        return switch (index) {
            case 1 -> iEx[i];
            case 2 -> iIn[i];
            default -> throw new IndexOutOfBoundsException("recordable " + index);
        };
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final int d = sliceSteps;
        final int first = io.firstStep();
        final int end = io.endStep();
        final double[] spikesEx = io.spikeExcitatory();
        final double[] spikesIn = io.spikeInhibitory();
        final double[] currents = io.currentInput();
        final double[] iE = column(LifParameters.I_E);
        final double[] eL = column(LifParameters.E_L);
        final double[] vTh = column(LifParameters.V_TH);
        final double[] vReset = column(LifParameters.V_RESET);
        for (int i = from; i < to; i++) {
            double v = y3[i];
            double ex = iEx[i];
            double in = iIn[i];
            double stim = iStim[i];
            int r = refractory[i];
            final double theta = vTh[i] - eL[i];
            final double reset = vReset[i] - eL[i];
            final boolean sampled = io.isSampled(i);
            for (int l = first; l < end; l++) {
                if (r == 0) {
                    v = v * p22[i] + ex * p21Ex[i] + in * p21In[i] + (iE[i] + stim) * p20[i];
                } else {
                    r--;
                }
                ex = ex * p11Ex[i] + spikesEx[i * d + l];
                in = in * p11In[i] + spikesIn[i * d + l];
                if (v >= theta) {
                    r = refractorySteps[i];
                    v = reset;
                    io.spike(i, l);
                }
                stim = currents[i * d + l];
                if (sampled && io.isSampledAfter(i, l)) {
                    y3[i] = v;
                    iEx[i] = ex;
                    iIn[i] = in;
                    io.sample(i, l);
                }
            }
            checkFinite(i, v, io);
            y3[i] = v;
            iEx[i] = ex;
            iIn[i] = in;
            iStim[i] = stim;
            refractory[i] = r;
        }
    }
}
