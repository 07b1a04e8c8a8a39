package org.syncytium.core.delivery;

import org.syncytium.api.error.KernelException;

/**
 * The kernel-owned slice arrays of one population (D steps, interpolation order K): spike and
 * current input {@code [i * D + l]}, gap input S {@code [i]} and C {@code [(i * D + l) * (K + 1) + q]},
 * and the population's own waveforms in the same layout. Reused from slice to slice.
 *
 * <p>The waveforms are double-buffered: a pass writes {@link #gapOutNext()} while partners may
 * still read the waveforms of the pass before from {@link #gapOut()}, and
 * {@link #publishNext()} makes the new ones the published ones once every worker finished the
 * pass. That lets each worker pull its own neurons' gap input at the start of the next pass
 * instead of in a pool round of its own (one barrier per WFR iteration instead of two).
 */
public final class PopulationBuffers {
    private final int size;
    private final int sliceSteps;
    private final int order;
    private final boolean gapArrays;
    private final double[] excitatory;
    private final double[] inhibitory;
    private final double[] current;
    /** Spike input of receptor types 1 to R (index r − 1), for models with several receptors. */
    private final double[][] receptorExcitatory;
    private final double[][] receptorInhibitory;
    /** True if the model sums each receptor's signs: all its input is in the excitatory arrays. */
    private final boolean summedSigns;
    /** R: receptor types 1 to R. */
    private final int receptors;
    /**
     * For a model that reads its receptors side by side: all their input, {@code [(i * D + l) * R + r − 1]}
     * (then there are no per-receptor arrays); else empty.
     */
    private final double[] receptorInput;
    private final boolean sideBySide;
    private final double[] gapConductance;
    private final double[] gapIn;
    /** The two waveform arrays; {@code gapOuts[front]} holds the published ones. */
    private final double[][] gapOuts;
    private int front;
    /** True once the population has written its end-of-slice waveform into {@link #gapOut()}. */
    private boolean constantPublished;

    /**
     * @param gapArrays false for models without gap junctions: their gap arrays are empty
     */
    public PopulationBuffers(int size, int sliceSteps, int order, boolean gapArrays) {
        this(size, sliceSteps, order, gapArrays, 0);
    }

    /**
     * @param gapArrays false for models without gap junctions: their gap arrays are empty
     * @param receptors R, the model's number of receptor types (0 for one receptor)
     */
    public PopulationBuffers(int size, int sliceSteps, int order, boolean gapArrays, int receptors) {
        this(size, sliceSteps, order, gapArrays, receptors, false);
    }

    /**
     * As {@link #PopulationBuffers(int, int, int, boolean, int)}; with {@code summedSigns} (a model that
     * sums each receptor's signs) every receptor's inhibitory array is one shared array of zeros.
     */
    public PopulationBuffers(int size, int sliceSteps, int order, boolean gapArrays, int receptors,
            boolean summedSigns) {
        this(size, sliceSteps, order, gapArrays, receptors, summedSigns, false);
    }

    /**
     * As {@link #PopulationBuffers(int, int, int, boolean, int, boolean)}; with {@code sideBySide} (a
     * model that sums signs and reads its receptors side by side) one array holds every receptor's
     * input instead of one array per receptor.
     */
    public PopulationBuffers(int size, int sliceSteps, int order, boolean gapArrays, int receptors,
            boolean summedSigns, boolean sideBySide) {
        if (sideBySide && !summedSigns) {
            throw new IllegalArgumentException("side-by-side receptor input needs summed signs");
        }
        this.size = size;
        this.summedSigns = summedSigns;
        this.receptors = receptors;
        this.sideBySide = sideBySide;
        long cells = sideBySide ? (long) size * sliceSteps * receptors : 0;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new KernelException("the receptor input of " + size + " neurons over " + sliceSteps
                    + " steps with " + receptors + " receptors each needs " + cells
                    + " values, more than one array holds; use fewer receptors per neuron or more processes");
        }
        this.receptorInput = new double[(int) cells];
        int planes = sideBySide ? 0 : receptors;
        this.sliceSteps = sliceSteps;
        this.order = order;
        this.gapArrays = gapArrays;
        this.excitatory = new double[size * sliceSteps];
        this.inhibitory = new double[size * sliceSteps];
        this.current = new double[size * sliceSteps];
        this.receptorExcitatory = new double[planes][size * sliceSteps];
        this.receptorInhibitory = new double[planes][];
        double[] zeros = summedSigns && planes > 0 ? new double[size * sliceSteps] : null;
        for (int r = 0; r < planes; r++) {
            receptorInhibitory[r] = summedSigns ? zeros : new double[size * sliceSteps];
        }
        int stride = gapArrays ? sliceSteps * (order + 1) : 0;
        this.gapConductance = new double[gapArrays ? size : 0];
        this.gapIn = new double[size * stride];
        this.gapOuts = new double[][] {new double[size * stride], new double[size * stride]};
    }

    /** True if these buffers fit a population of {@code n} neurons in slices of D steps with order K. */
    public boolean fits(int n, int d, int k, boolean gapArrays) {
        return fits(n, d, k, gapArrays, 0);
    }

    /** As {@link #fits(int, int, int, boolean)}, for a model with {@code receptors} receptor types. */
    public boolean fits(int n, int d, int k, boolean gapArrays, int receptors) {
        return fits(n, d, k, gapArrays, receptors, false);
    }

    /** As {@link #fits(int, int, int, boolean, int)}, for a model that does or does not sum receptor signs. */
    public boolean fits(int n, int d, int k, boolean gapArrays, int receptors, boolean summedSigns) {
        return fits(n, d, k, gapArrays, receptors, summedSigns, false);
    }

    /** As {@link #fits(int, int, int, boolean, int, boolean)}, for a model that does or does not read its receptors side by side. */
    public boolean fits(int n, int d, int k, boolean gapArrays, int receptors, boolean summedSigns,
            boolean sideBySide) {
        return n == size && d == sliceSteps && k == order && gapArrays == this.gapArrays
                && receptors == this.receptors && summedSigns == this.summedSigns
                && sideBySide == this.sideBySide;
    }

    /** True if the receptors' input is one array, a neuron's receptors side by side ({@link #receptorInput()}). */
    public boolean sideBySide() {
        return sideBySide;
    }

    /** All receptors' input, {@code [(i * D + l) * R + r − 1]}, where {@link #sideBySide()}; else empty. */
    public double[] receptorInput() {
        return receptorInput;
    }

    /** True if the model sums each receptor's signs (its inhibitory receptor arrays stay 0). */
    public boolean summedSigns() {
        return summedSigns;
    }

    /** R: the receptor types 1 to R with arrays of their own (0 for a one-receptor model). */
    public int receptors() {
        return receptors;
    }

    /** Excitatory spike input of receptor types 1 to R, index r − 1 (the arrays themselves, for delivery). */
    public double[][] receptorExcitatory() {
        return receptorExcitatory;
    }

    /** Inhibitory spike input of receptor types 1 to R, index r − 1 (the arrays themselves, for delivery). */
    public double[][] receptorInhibitory() {
        return receptorInhibitory;
    }

    /** Excitatory spike input of receptor type {@code r} (1 to R). */
    public double[] excitatory(int r) {
        requirePlanes();
        return receptorExcitatory[r - 1];
    }

    private void requirePlanes() {
        if (sideBySide()) {
            throw new IllegalStateException("this model reads its receptors side by side (spikeReceptors())");
        }
    }

    /** Inhibitory spike input of receptor type {@code r} (1 to R), {@code [i * D + l]}. */
    public double[] inhibitory(int r) {
        requirePlanes();
        return receptorInhibitory[r - 1];
    }

    public int size() {
        return size;
    }

    public int sliceSteps() {
        return sliceSteps;
    }

    public int order() {
        return order;
    }

    /** Doubles per neuron in the gap waveform arrays: D·(K+1). */
    public int stride() {
        return sliceSteps * (order + 1);
    }

    public double[] excitatory() {
        return excitatory;
    }

    public double[] inhibitory() {
        return inhibitory;
    }

    public double[] current() {
        return current;
    }

    public double[] gapConductance() {
        return gapConductance;
    }

    public double[] gapIn() {
        return gapIn;
    }

    /** The published waveforms (of the last pass that wrote any): what partners read. */
    public double[] gapOut() {
        return gapOuts[front];
    }

    /** The array the next pass writes its waveforms into (the population's {@code gapCoefficientsOut}). */
    public double[] gapOutNext() {
        return gapOuts[1 - front];
    }

    /** Which of the two waveform arrays is published: 0 or 1 (both flip together in a plan). */
    public int publishedIndex() {
        return front;
    }

    /** Waveform array {@code k} (0 or 1), published or not: for pulls built once for either state. */
    public double[] gapOutArray(int k) {
        return gapOuts[k];
    }

    /**
     * Publishes what the pass just ended wrote into {@link #gapOutNext()}; the published array
     * becomes the next one to be written. Call only while no worker runs.
     */
    public void publishNext() {
        front = 1 - front;
    }

    /**
     * Makes the published array the first of the two (swapping references, copying nothing), so
     * that every population of a new plan starts alike and one pull reads one array per population.
     */
    public void resetPublished() {
        if (front != 0) {
            double[] first = gapOuts[0];
            gapOuts[0] = gapOuts[1];
            gapOuts[1] = first;
            front = 0;
        }
    }

    public boolean published() {
        return constantPublished;
    }

    public void setPublished(boolean published) {
        this.constantPublished = published;
    }
}
