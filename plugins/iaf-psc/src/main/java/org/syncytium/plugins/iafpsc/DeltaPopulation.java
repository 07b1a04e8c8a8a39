package org.syncytium.plugins.iafpsc;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;

/**
 * {@code iaf_psc_delta} neurons. Per step, as NEST: unless refractory, V ← P30 (I + I_e) + P33 V +
 * the step's spike input (plus, with {@code refractory_input}, what arrived while refractory),
 * bounded below by V_min; while refractory the step's spike input is lost or, with
 * {@code refractory_input}, kept decayed by exp(−r·h/τ_m) for the r steps still to go; then the
 * threshold test (with {@code ignore_and_spike}, NEST 3.10's mechanism, a countdown instead: a spike
 * and reset every interval from the offset, whatever V_m does); then the current input of the step is
 * taken up for the next one.
 */
final class DeltaPopulation extends LifPopulation {

    private final double[] p33;
    private final double[] p30;
    /** Spike input that arrived while refractory, decayed to the end of the refractory period (mV). */
    private final double[] refractoryInput;
    /** ignore_and_spike: steps to the next forced spike, counted down every step (NEST's steps_until_spike_). */
    private final long[] stepsUntilSpike;
    /** ignore_and_spike_offset was set: the countdown starts again from it at the next step. */
    private final boolean[] offsetSet;
    private final long[] intervalSteps;

    DeltaPopulation(NeuronModel model, int size) {
        super(model, IafPscDeltaModel.PARAMETERS, size);
        p33 = new double[size];
        p30 = new double[size];
        refractoryInput = new double[size];
        stepsUntilSpike = new long[size];
        offsetSet = new boolean[size];
        java.util.Arrays.fill(offsetSet, true); // NEST counts from the offset when a node is made
        intervalSteps = new long[size];
    }

    @Override
    void check(double[] row) {
        IafPscDeltaModel.PARAMETERS.check(row, IafPscDeltaModel.IGNORE_AND_SPIKE_OFFSET,
                IafPscDeltaModel.IGNORE_AND_SPIKE_INTERVAL);
    }

    @Override
    void changed(int i, String[] names) {
        for (String name : names) {
            if (name.equals(IafPscDeltaModel.IGNORE_AND_SPIKE_OFFSET)) {
                offsetSet[i] = true;
            }
        }
    }

    @Override
    void prepare(int i, double h) {
        double tauM = column(LifParameters.TAU_M)[i];
        p33[i] = Math.exp(-h / tauM);
        p30[i] = 1 / column(LifParameters.C_M)[i] * (1 - p33[i]) * tauM;
        intervalSteps[i] = Math.round(column(IafPscDeltaModel.IGNORE_AND_SPIKE_INTERVAL)[i] / h);
        if (offsetSet[i]) {
            stepsUntilSpike[i] = Math.round(column(IafPscDeltaModel.IGNORE_AND_SPIKE_OFFSET)[i] / h);
            offsetSet[i] = false;
        }
    }

    @Override
    double otherRecordable(int index, int i) {
        throw new IndexOutOfBoundsException("recordable " + index);
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
        final double[] vMin = column(LifParameters.V_MIN);
        final double[] keepInput = column(IafPscDeltaModel.REFRACTORY_INPUT);
        final double[] tauM = column(LifParameters.TAU_M);
        final double[] ignore = column(IafPscDeltaModel.IGNORE_AND_SPIKE);
        for (int i = from; i < to; i++) {
            double v = y3[i];
            double stim = iStim[i];
            int r = refractory[i];
            double kept = refractoryInput[i];
            final double theta = vTh[i] - eL[i];
            final double reset = vReset[i] - eL[i];
            final double lower = vMin[i] - eL[i];
            final boolean keep = keepInput[i] != 0.0;
            final boolean sampled = io.isSampled(i);
            final boolean forced = ignore[i] != 0.0;
            long countdown = stepsUntilSpike[i];
            for (int l = first; l < end; l++) {
                double input = spikesEx[i * d + l] + spikesIn[i * d + l];
                if (r == 0) {
                    v = p30[i] * (stim + iE[i]) + p33[i] * v + input;
                    if (keep && kept != 0.0) {
                        v += kept;
                        kept = 0.0;
                    }
                    if (v < lower) {
                        v = lower;
                    }
                } else {
                    if (keep) {
                        // decayed over the r steps of refractoriness still to go, this one included (NEST)
                        kept += input * Math.exp(-r * resolution / tauM[i]);
                    }
                    r--;
                }
                boolean spike;
                if (forced) {
                    // NEST's ignore-and-spike: the countdown alone decides, every step, refractory or not
                    spike = --countdown == 0;
                    if (spike) {
                        countdown = intervalSteps[i];
                    }
                } else {
                    spike = v >= theta;
                }
                if (spike) {
                    r = refractorySteps[i];
                    v = reset;
                    io.spike(i, l);
                }
                stim = currents[i * d + l];
                if (sampled && io.isSampledAfter(i, l)) {
                    y3[i] = v;
                    io.sample(i, l);
                }
            }
            checkFinite(i, v, io);
            y3[i] = v;
            iStim[i] = stim;
            refractory[i] = r;
            refractoryInput[i] = kept;
            stepsUntilSpike[i] = countdown;
        }
    }
}
