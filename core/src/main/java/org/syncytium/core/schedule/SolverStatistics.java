package org.syncytium.core.schedule;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trial passes per slice as the coupling solver reported them, over the simulator's lifetime: mean,
 * maximum, histogram, and the number of slices that hit the iteration limit (the solver warned).
 * Only slices in which the solver iterated count (as NEST counts WFR intervals only), so a stepwise
 * stretch after a solver swap does not dilute the WFR mean with zeros.
 */
@Singleton
public final class SolverStatistics {
    /** Slices per count of trial passes, indexed by the count; grows rarely. */
    private long[] histogram = new long[32];
    private long slices;
    private long total;
    private int max;
    private long limitReached;
    private long trialNeuronPasses;
    private long skippedNeuronPasses;

    /** Records one slice; a slice without trial passes (a non-iterating solver) is not counted. */
    public void record(int iterations, boolean warned) {
        if (iterations <= 0 && !warned) {
            return;
        }
        if (iterations >= histogram.length) {
            histogram = Arrays.copyOf(histogram, Math.max(iterations + 1, 2 * histogram.length));
        }
        histogram[Math.max(0, iterations)]++;
        slices++;
        total += iterations;
        max = Math.max(max, iterations);
        if (warned) {
            limitReached++;
        }
    }

    /**
     * Records the neuron-passes of one slice's trial passes on this process: integrated, and skipped
     * because their gap input had not changed (WFR work skipping).
     */
    public void recordNeuronPasses(long integrated, long skipped) {
        trialNeuronPasses += integrated;
        skippedNeuronPasses += skipped;
    }

    /** Neuron-passes integrated in trial passes on this process. */
    public long trialNeuronPasses() {
        return trialNeuronPasses;
    }

    /** Neuron-passes skipped in trial passes on this process (0 unless work skipping is on). */
    public long skippedNeuronPasses() {
        return skippedNeuronPasses;
    }

    /** Mean trial passes per slice; 0 before any coupled slice. */
    public double mean() {
        return slices == 0 ? 0.0 : (double) total / slices;
    }

    public int max() {
        return max;
    }

    /** Number of slices per count of trial passes, ascending. */
    public Map<Integer, Long> histogram() {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (int n = 0; n < histogram.length; n++) {
            if (histogram[n] > 0) {
                counts.put(n, histogram[n]);
            }
        }
        return counts;
    }

    /** Slices in which the solver warned (reached its iteration limit). */
    public long limitReached() {
        return limitReached;
    }
}
