package org.syncytium.core.phase;

import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.RunPlan;

/**
 * WFR work skipping (optional; see {@code CouplingSlice.trialPass(double, double)}): remembers the
 * gap input each neuron was last integrated with in this slice and lists, for a trial pass, the
 * neurons whose input has since changed by more than the bound. The change of neuron i is
 * max over steps l of Σ_q |C_i[l][q] − C_i,then[l][q]| / S_i, in mV: the conductance-weighted
 * change of its partners' voltage polynomials. The coefficients are those of c_0 + c_1·τ + ... in
 * τ ∈ [0, 1], so Σ_q |Δc_q| bounds the change of the partners' current Σ g·V anywhere in the step.
 * A changed S always integrates. Allocated only when skipping is first asked for: D·(K+1) + 1
 * doubles and one int per gap-coupled neuron.
 */
final class TrialSkip {
    private final RunPlan plan;
    /** Per population: S and C as last integrated, in the buffers' layout. */
    private final double[][] conductanceThen;
    private final double[][] inputThen;
    /** Per worker and population: the neurons to integrate this pass, in the worker's range positions. */
    private final int[][] listed;
    /** Per worker: neuron-passes skipped since the last {@link #takeSkipped()}. */
    private final long[] skipped;

    TrialSkip(RunPlan plan) {
        this.plan = plan;
        PopulationBuffers[] buffers = plan.buffers();
        boolean[] gap = plan.neurons().gapPopulation();
        conductanceThen = new double[buffers.length][];
        inputThen = new double[buffers.length][];
        listed = new int[buffers.length][];
        for (int p = 0; p < buffers.length; p++) {
            if (gap[p]) {
                conductanceThen[p] = new double[buffers[p].gapConductance().length];
                inputThen[p] = new double[buffers[p].gapIn().length];
                // workers' ranges are disjoint, so one list per population holds every worker's part
                listed[p] = new int[buffers[p].size()];
            }
        }
        skipped = new long[plan.workers()];
    }

    /**
     * Fills {@code listed(p)[from ...)} with the neurons of {@code [from, to)} to integrate and
     * records their current input as the one they were integrated with. A skipped neuron's
     * published waveform is copied into the array this pass writes, so it stays published once the
     * pass's waveforms are (the waveforms are double-buffered, {@link PopulationBuffers}).
     *
     * @param first true for the first trial pass of a slice: every neuron is listed
     * @return the end of the filled part of {@code listed(p)}
     */
    int select(int w, int p, int from, int to, double bound, boolean first) {
        PopulationBuffers buffers = plan.buffers()[p];
        double[] s = buffers.gapConductance();
        double[] c = buffers.gapIn();
        double[] published = buffers.gapOut();
        double[] next = buffers.gapOutNext();
        double[] sThen = conductanceThen[p];
        double[] cThen = inputThen[p];
        int[] list = listed[p];
        int stride = buffers.stride();
        int width = buffers.order() + 1;
        int end = from;
        long skips = 0;
        for (int i = from; i < to; i++) {
            int base = i * stride;
            if (!first && s[i] == sThen[i] && changeWithin(c, cThen, base, stride, width, bound * s[i])) {
                skips++;
                System.arraycopy(published, base, next, base, stride);
                continue;
            }
            sThen[i] = s[i];
            System.arraycopy(c, base, cThen, base, stride);
            list[end++] = i;
        }
        skipped[w] += skips;
        return end;
    }

    /** True if every step's Σ_q |Δc_q| is at most {@code limit} (pA: a bound in mV times S). */
    private static boolean changeWithin(double[] c, double[] then, int base, int stride, int width, double limit) {
        for (int step = base; step < base + stride; step += width) {
            double change = 0.0;
            for (int q = step; q < step + width; q++) {
                change += Math.abs(c[q] - then[q]);
            }
            if (!(change <= limit)) {
                return false;
            }
        }
        return true;
    }

    int[] listed(int p) {
        return listed[p];
    }

    /** Neuron-passes skipped since the last call, over all workers; resets the count. */
    long takeSkipped() {
        long sum = 0;
        for (int w = 0; w < skipped.length; w++) {
            sum += skipped[w];
            skipped[w] = 0;
        }
        return sum;
    }
}
