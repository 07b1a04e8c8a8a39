package org.syncytium.benchmarks.neuron;

import java.util.Random;

import org.syncytium.api.neuron.SliceIO;

/**
 * Slice input resembling the seed network's: Poisson-like excitatory spikes (probability
 * {@value #EVENT_PROBABILITY} per neuron and step, {@value #WEIGHT_PA} pA, i.e. 500 Hz at h = 0.05 ms)
 * and, if gap-coupled, partner waveforms of order 3 with the magnitudes of ~60 partners at 0.3 nS
 * whose voltages lie in [-80, -40] mV. Drawn once from a fixed seed and reused every slice, so that
 * the measured loop allocates and draws nothing.
 */
final class BenchmarkSlice implements SliceIO {

    static final double EVENT_PROBABILITY = 0.025;
    static final double WEIGHT_PA = 300.0;
    /** Incoming gap conductance per neuron, nS (the seed network's mean: 60 connections of 0.3 nS). */
    static final double GAP_SUM_NS = 18.0;

    private final int steps;
    private final double[] spikeEx;
    private final double[] spikeIn;
    private final double[] current;
    private final double[] gapS;
    private final double[] gapIn;
    private final double[] gapOut;
    long spikes;

    BenchmarkSlice(int neurons, int steps, int order, boolean gap, long seed) {
        this.steps = steps;
        Random random = new Random(seed);
        spikeEx = new double[neurons * steps];
        spikeIn = new double[neurons * steps];
        current = new double[neurons * steps];
        for (int x = 0; x < spikeEx.length; x++) {
            if (random.nextDouble() < EVENT_PROBABILITY) {
                spikeEx[x] = WEIGHT_PA;
            }
        }
        int width = order + 1;
        gapS = new double[neurons];
        gapIn = new double[neurons * steps * width];
        gapOut = new double[neurons * steps * width];
        if (gap) {
            for (int i = 0; i < neurons; i++) {
                gapS[i] = GAP_SUM_NS;
                for (int l = 0; l < steps; l++) {
                    int at = (i * steps + l) * width;
                    // mean partner voltage in [-80, -40] mV, a slope of up to ±1 mV per step
                    double v = -80.0 + 40.0 * random.nextDouble();
                    double hf = 2.0 * random.nextDouble() - 1.0;
                    gapIn[at] = GAP_SUM_NS * v;
                    if (order >= 1) {
                        gapIn[at + 1] = GAP_SUM_NS * hf;
                    }
                    if (order == 3) {
                        gapIn[at + 2] = GAP_SUM_NS * 0.1 * (2.0 * random.nextDouble() - 1.0);
                        gapIn[at + 3] = GAP_SUM_NS * 0.05 * (2.0 * random.nextDouble() - 1.0);
                    }
                }
            }
        }
    }

    @Override
    public long originStep() {
        return 0;
    }

    @Override
    public int firstStep() {
        return 0;
    }

    @Override
    public int endStep() {
        return steps;
    }

    @Override
    public double[] spikeExcitatory() {
        return spikeEx;
    }

    @Override
    public double[] spikeInhibitory() {
        return spikeIn;
    }

    @Override
    public double[] currentInput() {
        return current;
    }

    @Override
    public double[] gapConductance() {
        return gapS;
    }

    @Override
    public double[] gapCoefficientsIn() {
        return gapIn;
    }

    @Override
    public double[] gapCoefficientsOut() {
        return gapOut;
    }

    @Override
    public void spike(int i, int l) {
        spikes++;
    }

    @Override
    public boolean isSampled(int i) {
        return false;
    }

    @Override
    public void sample(int i, int l) {
        // not sampled
    }
}
