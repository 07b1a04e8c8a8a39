package org.syncytium.testkit;

import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.random.RandomStream;

/**
 * What a stimulus device emits in one slice, per outgoing connection: spike multiplicities and
 * currents in pA, index {@code target * D + l}.
 */
public final class FakeStimulusOutput implements StimulusOutput {

    private final int targets;
    private final int steps;
    private final RandomStream[] streams;
    private final int[] spikes;
    private final double[] weightFactors;
    private final double[] current;
    private final double[] offsets;

    /** {@code targets} connections, D = {@code steps}, streams seeded from {@code seed}. */
    public FakeStimulusOutput(int targets, int steps, long seed) {
        this.targets = targets;
        this.steps = steps;
        streams = new RandomStream[targets];
        for (int t = 0; t < targets; t++) {
            streams[t] = new FakeRandomStream(seed * 7919 + t);
        }
        spikes = new int[targets * steps];
        weightFactors = new double[targets * steps];
        current = new double[targets * steps];
        offsets = new double[targets * steps];
    }

    /** Clears what the last slice emitted. */
    public void clear() {
        java.util.Arrays.fill(spikes, 0);
        java.util.Arrays.fill(weightFactors, 0.0);
        java.util.Arrays.fill(current, 0.0);
        java.util.Arrays.fill(offsets, 0.0);
    }

    /** Spikes emitted on connection {@code target} at step {@code l}. */
    public int spikesAt(int target, int l) {
        return spikes[target * steps + l];
    }

    /** Sum of multiplicity × weight factor on connection {@code target} at step {@code l} (1 per unweighted spike). */
    public double weightedSpikesAt(int target, int l) {
        return weightFactors[target * steps + l];
    }

    /** Current in pA on connection {@code target} for step {@code l}. */
    public double currentAt(int target, int l) {
        return current[target * steps + l];
    }

    @Override
    public int targetCount() {
        return targets;
    }

    @Override
    public RandomStream stream(int target) {
        return streams[target];
    }

    @Override
    public void spikes(int target, int l, int multiplicity) {
        spikes(target, l, multiplicity, 1.0);
    }

    @Override
    public void spikes(int target, int l, int multiplicity, double weightFactor) {
        spikes[target * steps + l] += multiplicity;
        weightFactors[target * steps + l] += multiplicity * weightFactor;
    }

    @Override
    public void spikes(int target, int l, int multiplicity, double weightFactor, double offset) {
        spikes(target, l, multiplicity, weightFactor);
        offsets[target * steps + l] = offset;
    }

    /** The offset (ms before the step's end) of the last precise spike on connection {@code target} at step {@code l}; 0 if none. */
    public double offsetAt(int target, int l) {
        return offsets[target * steps + l];
    }

    @Override
    public void current(int target, int l, double amplitude) {
        current[target * steps + l] += amplitude;
    }
}
