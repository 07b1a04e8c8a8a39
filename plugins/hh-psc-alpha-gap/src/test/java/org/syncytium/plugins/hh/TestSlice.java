package org.syncytium.plugins.hh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.SliceIO;

/**
 * The kernel's side of one population for a slice, for tests: input arrays the test fills, output
 * arrays it reads, spikes collected as global steps, and every neuron sampled into a trace
 * (value of each recordable after each global step).
 */
final class TestSlice implements SliceIO {

    final int size;
    final int steps;
    final int width;
    long origin;
    int first;
    int end;
    final double[] spikeEx;
    final double[] spikeIn;
    final double[] current;
    final double[] gapS;
    final double[] gapIn;
    final double[] gapOut;
    /** (neuron, step number k) of every spike: the spike is reported at the end of step k, time k·h. */
    final List<long[]> spikes = new ArrayList<>();
    private final Population population;
    private final double[][][] trace;
    /** Sampled only after global steps k with k % sampleEvery == 0 (a multimeter's grid), 1: every step. */
    int sampleEvery = 1;
    /** Calls of {@link #sample}. */
    int samples;

    /**
     * @param totalSteps length of the trace to keep (global steps); 0 for no sampling
     */
    TestSlice(Population population, int steps, int order, int totalSteps) {
        this.population = population;
        this.size = population.size();
        this.steps = steps;
        this.width = order + 1;
        this.end = steps;
        spikeEx = new double[size * steps];
        spikeIn = new double[size * steps];
        current = new double[size * steps];
        gapS = new double[size];
        gapIn = new double[size * steps * width];
        gapOut = new double[size * steps * width];
        int recordables = population.model().recordables().size();
        trace = totalSteps > 0 ? new double[size][recordables][totalSteps] : null;
    }

    /** Clears the spike and current input (the kernel refills its buffers every slice). */
    void clearInput() {
        Arrays.fill(spikeEx, 0.0);
        Arrays.fill(spikeIn, 0.0);
        Arrays.fill(current, 0.0);
    }

    /** Recordable {@code index} of neuron {@code i} at time k·h, i.e. after step number k ≥ 1. */
    double traced(int i, int index, int k) {
        return trace[i][index][k - 1];
    }

    @Override
    public long originStep() {
        return origin;
    }

    @Override
    public int firstStep() {
        return first;
    }

    @Override
    public int endStep() {
        return end;
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
        spikes.add(new long[] {i, origin + l + 1});
    }

    @Override
    public boolean isSampled(int i) {
        return trace != null;
    }

    @Override
    public boolean isSampledAfter(int i, int l) {
        return trace != null && (origin + l + 1) % sampleEvery == 0;
    }

    @Override
    public void sample(int i, int l) {
        samples++;
        int s = (int) (origin + l);
        if (s >= trace[i][0].length) {
            return;
        }
        for (int r = 0; r < trace[i].length; r++) {
            trace[i][r][s] = population.recordable(r, i);
        }
    }

    /** Step numbers k (spike time k·h) of neuron {@code i}, in order. */
    long[] spikeSteps(int i) {
        return spikes.stream().filter(x -> x[0] == i).mapToLong(x -> x[1]).toArray();
    }
}
