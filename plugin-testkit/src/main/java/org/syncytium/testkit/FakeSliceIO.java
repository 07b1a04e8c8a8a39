package org.syncytium.testkit;

import java.util.Arrays;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;

/**
 * The kernel's side of one population for a slice, as plain arrays a test fills and reads: spike
 * and current input in pA, gap input in nS and nS·mV, the waveforms the population publishes, and
 * the spikes and samples it reports. Spikes are kept in preallocated arrays, so driving a
 * population through this fake allocates nothing.
 */
public final class FakeSliceIO implements SliceIO {

    private final int size;
    private final int steps;
    private final int order;
    private final double[] spikeExcitatory;
    private final double[] spikeInhibitory;
    /** Spike input of receptor types 1 to R (index r - 1), for models with several receptors. */
    private double[][] receptorExcitatory = new double[0][];
    private double[][] receptorInhibitory = new double[0][];
    /** Receptors 1 to R side by side, {@code [(i * D + l) * R + r - 1]}, for a model that reads them so; else empty. */
    private double[] receptorInput = new double[0];
    private int sideBySideReceptors;
    private final double[] currentInput;
    private final double[] gapConductance;
    private final double[] gapCoefficientsIn;
    private final double[] gapCoefficientsOut;
    private final boolean[] sampled;
    private final int[] spikeNeuron;
    private final long[] spikeStep;
    private int spikeCount;
    private long sampleCount;
    private long originStep;
    private int firstStep;
    private int endStep;

    /**
     * @param size  neurons of the population
     * @param steps D, steps per slice
     * @param order K, waveform order (0, 1 or 3); sizes the gap arrays
     * @param spikeCapacity how many spikes {@link #spike} can keep (more are an error)
     */
    public FakeSliceIO(int size, int steps, int order, int spikeCapacity) {
        this.size = size;
        this.steps = steps;
        this.order = order;
        spikeExcitatory = new double[size * steps];
        spikeInhibitory = new double[size * steps];
        currentInput = new double[size * steps];
        gapConductance = new double[size];
        gapCoefficientsIn = new double[size * steps * (order + 1)];
        gapCoefficientsOut = new double[size * steps * (order + 1)];
        sampled = new boolean[size];
        spikeNeuron = new int[spikeCapacity];
        spikeStep = new long[spikeCapacity];
        endStep = steps;
    }

    /** For a context's timing, room for one spike per neuron and step over 100 slices. */
    public static FakeSliceIO of(int size, FakeRunContext context) {
        return new FakeSliceIO(size, context.sliceSteps(), context.interpolationOrder(), size * context.sliceSteps() * 100);
    }

    /** Gives the slice receptor types 1 to {@code receptors} (a model's {@code spikeReceptors()}), one array each; returns this. */
    public FakeSliceIO withReceptors(int receptors) {
        return withReceptors(receptors, false);
    }

    /**
     * Gives the slice receptor types 1 to {@code receptors}: one array each, or with {@code sideBySide}
     * one array holding them side by side ({@code spikeReceptors()}); returns this.
     */
    public FakeSliceIO withReceptors(int receptors, boolean sideBySide) {
        receptorExcitatory = new double[sideBySide ? 0 : receptors][size * steps];
        receptorInhibitory = new double[sideBySide ? 0 : receptors][size * steps];
        receptorInput = new double[sideBySide ? size * steps * receptors : 0];
        sideBySideReceptors = sideBySide ? receptors : 0;
        return this;
    }

    /** The receptor input {@code model} reads: its receptor count, in the layout it asks for; returns this. */
    public FakeSliceIO withReceptorsOf(NeuronModel model) {
        return withReceptors(model.spikeReceptors(), model.readsReceptorsSideBySide());
    }

    /** R, the receptor types of this slice (0: receptor 0 only). */
    public int receptors() {
        return Math.max(receptorExcitatory.length, sideBySideReceptors);
    }

    /**
     * Sets receptor {@code receptor}'s (1 to R) input at index {@code at} = i·D + l to {@code weight}, where
     * the kernel delivers it: in the side-by-side array, or by the weight's sign in the receptor's
     * excitatory or inhibitory array.
     */
    public void setReceptorInput(int receptor, int at, double weight) {
        if (sideBySideReceptors > 0) {
            receptorInput[at * sideBySideReceptors + receptor - 1] = weight;
        } else {
            (weight > 0 ? spikeExcitatory(receptor) : spikeInhibitory(receptor))[at] = weight;
        }
    }

    /** Moves to the next slice: origin advances by D, spike and current input are cleared. */
    public void nextSlice() {
        originStep += steps;
        Arrays.fill(spikeExcitatory, 0.0);
        Arrays.fill(spikeInhibitory, 0.0);
        for (int r = 0; r < receptorExcitatory.length; r++) {
            Arrays.fill(receptorExcitatory[r], 0.0);
            Arrays.fill(receptorInhibitory[r], 0.0);
        }
        Arrays.fill(receptorInput, 0.0);
    }

    /** Sets the range of steps the next update covers (a run ending inside a slice). */
    public void steps(int first, int end) {
        firstStep = first;
        endStep = end;
    }

    /** Marks neuron {@code i} as observed by a multimeter. */
    public void sample(int i, boolean on) {
        sampled[i] = on;
    }

    /** Forgets the spikes and samples reported so far. */
    public void clearOutput() {
        spikeCount = 0;
        sampleCount = 0;
    }

    /** Number of spikes reported since the last {@link #clearOutput()}. */
    public int spikeCount() {
        return spikeCount;
    }

    /** Neuron of spike {@code k}. */
    public int spikeNeuron(int k) {
        return spikeNeuron[k];
    }

    /** Time stamp of spike {@code k} in steps: origin + l + 1, as NEST stamps it. */
    public long spikeStamp(int k) {
        return spikeStep[k];
    }

    /** Number of {@link #sample} calls since the last {@link #clearOutput()}. */
    public long sampleCount() {
        return sampleCount;
    }

    /** Neurons of the population. */
    public int size() {
        return size;
    }

    /** K, the waveform order the gap arrays are sized for. */
    public int order() {
        return order;
    }

    @Override
    public long originStep() {
        return originStep;
    }

    @Override
    public int firstStep() {
        return firstStep;
    }

    @Override
    public int endStep() {
        return endStep;
    }

    @Override
    public double[] spikeExcitatory() {
        return spikeExcitatory;
    }

    @Override
    public double[] spikeInhibitory() {
        return spikeInhibitory;
    }

    @Override
    public double[] spikeExcitatory(int receptor) {
        if (receptor == 0) {
            return spikeExcitatory;
        }
        return receptor >= 1 && receptor <= receptorExcitatory.length ? receptorExcitatory[receptor - 1]
                : SliceIO.super.spikeExcitatory(receptor);
    }

    @Override
    public double[] spikeInhibitory(int receptor) {
        if (receptor == 0) {
            return spikeInhibitory;
        }
        return receptor >= 1 && receptor <= receptorInhibitory.length ? receptorInhibitory[receptor - 1]
                : SliceIO.super.spikeInhibitory(receptor);
    }

    @Override
    public double[] spikeReceptors() {
        return sideBySideReceptors > 0 ? receptorInput : SliceIO.super.spikeReceptors();
    }

    @Override
    public int spikeReceptorStride() {
        return sideBySideReceptors;
    }

    @Override
    public double[] currentInput() {
        return currentInput;
    }

    @Override
    public double[] gapConductance() {
        return gapConductance;
    }

    @Override
    public double[] gapCoefficientsIn() {
        return gapCoefficientsIn;
    }

    @Override
    public double[] gapCoefficientsOut() {
        return gapCoefficientsOut;
    }

    @Override
    public synchronized void spike(int i, int l) {
        if (i < 0 || i >= size || l < firstStep || l >= endStep) {
            throw new AssertionError("spike(" + i + ", " + l + ") outside the population or the slice's steps ["
                    + firstStep + ", " + endStep + ")");
        }
        if (spikeCount == spikeNeuron.length) {
            throw new AssertionError("more than " + spikeNeuron.length + " spikes: raise the fake's capacity");
        }
        spikeNeuron[spikeCount] = i;
        spikeStep[spikeCount] = originStep + l + 1;
        spikeCount++;
    }

    @Override
    public boolean isSampled(int i) {
        return sampled[i];
    }

    @Override
    public synchronized void sample(int i, int l) {
        sampleCount++;
    }
}
