package org.syncytium.plugins.synchrony;

import java.util.Arrays;

/**
 * Golomb-Rinzel synchrony measure from streamed samples, without storing traces:
 * chi^2 = Var_t(mean_i V_i(t)) / mean_i Var_t(V_i(t)). chi is 1 for identical traces and about
 * 1/sqrt(N) for N independent ones. Samples must arrive grouped by time stamp in increasing order
 * (the kernel hands them over sorted by stamp, then sender). Variances use Welford's updates, which
 * stay accurate for membrane potentials far from zero.
 */
final class ChiAccumulator {

    private int[] count = new int[0];
    private double[] mean = new double[0];
    private double[] m2 = new double[0];

    private long currentStamp = Long.MIN_VALUE;
    private double stampSum;
    private int stampCount;

    private long populationCount;
    private double populationMean;
    private double populationM2;

    private long samples;

    /** Adds V (any unit) of node {@code sender} at step {@code stamp}. */
    void add(long stamp, long sender, double v) {
        if (stamp != currentStamp) {
            if (stamp < currentStamp) {
                throw new IllegalStateException("samples out of time order: " + stamp + " after " + currentStamp);
            }
            closeStamp();
            currentStamp = stamp;
        }
        int index = Math.toIntExact(sender);
        if (index >= count.length) {
            grow(index + 1);
        }
        int n = ++count[index];
        double delta = v - mean[index];
        mean[index] += delta / n;
        m2[index] += delta * (v - mean[index]);
        stampSum += v;
        stampCount++;
        samples++;
    }

    /** Number of samples added. */
    long samples() {
        return samples;
    }

    /** chi, or NaN if fewer than two time points or no neuron varies. */
    double chi() {
        closeStamp();
        if (populationCount < 2) {
            return Double.NaN;
        }
        double meanNeuronVariance = 0;
        int neurons = 0;
        for (int i = 0; i < count.length; i++) {
            if (count[i] > 0) {
                meanNeuronVariance += m2[i] / count[i];
                neurons++;
            }
        }
        meanNeuronVariance /= neurons;
        if (meanNeuronVariance <= 0) {
            return Double.NaN;
        }
        double populationVariance = populationM2 / populationCount;
        return Math.sqrt(populationVariance / meanNeuronVariance);
    }

    private void closeStamp() {
        if (stampCount == 0) {
            return;
        }
        double average = stampSum / stampCount;
        populationCount++;
        double delta = average - populationMean;
        populationMean += delta / populationCount;
        populationM2 += delta * (average - populationMean);
        stampSum = 0;
        stampCount = 0;
    }

    private void grow(int size) {
        int capacity = Math.max(size, count.length * 2);
        count = Arrays.copyOf(count, capacity);
        mean = Arrays.copyOf(mean, capacity);
        m2 = Arrays.copyOf(m2, capacity);
    }
}
