package org.syncytium.plugins.iaf;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;

/** A minimal kernel stand-in: drives a population slice by slice and collects spikes and samples. */
final class TestSlice implements SliceIO, RunContext {

    final double h;
    final int d;
    final int n;
    long origin;
    final double[] ex;
    final double[] in;
    final double[] current;
    final List<long[]> spikes = new ArrayList<>();
    final List<long[]> samples = new ArrayList<>();
    boolean sampleAll;

    TestSlice(double h, int d, int n) {
        this.h = h;
        this.d = d;
        this.n = n;
        ex = new double[n * d];
        in = new double[n * d];
        current = new double[n * d];
    }

    /** Runs {@code slices} slices, clearing inputs after the first. */
    void run(IafPopulation population, int slices) {
        for (int s = 0; s < slices; s++) {
            population.update(0, n, this);
            java.util.Arrays.fill(ex, 0);
            java.util.Arrays.fill(in, 0);
            origin += d;
        }
    }

    @Override public double resolution() { return h; }
    @Override public int sliceSteps() { return d; }
    @Override public int interpolationOrder() { return 0; }
    @Override public boolean gapCoupled() { return false; }
    @Override public long originStep() { return origin; }
    @Override public int firstStep() { return 0; }
    @Override public int endStep() { return d; }
    @Override public double[] spikeExcitatory() { return ex; }
    @Override public double[] spikeInhibitory() { return in; }
    @Override public double[] currentInput() { return current; }
    @Override public double[] gapConductance() { return null; }
    @Override public double[] gapCoefficientsIn() { return null; }
    @Override public double[] gapCoefficientsOut() { return null; }
    @Override public void spike(int i, int l) { spikes.add(new long[] {i, origin + l + 1}); }
    @Override public boolean isSampled(int i) { return sampleAll; }
    @Override public void sample(int i, int l) { samples.add(new long[] {i, origin + l + 1}); }
}
