package org.syncytium.core.delivery;

/**
 * The kernel-owned slice arrays of one population (D steps, interpolation order K): spike and
 * current input {@code [i * D + l]}, gap input S {@code [i]} and C {@code [(i * D + l) * (K + 1) + q]},
 * and the population's own published waveforms in the same layout. Reused from slice to slice.
 */
public final class PopulationBuffers {
    private final int size;
    private final int sliceSteps;
    private final int order;
    private final boolean gapArrays;
    private final double[] excitatory;
    private final double[] inhibitory;
    private final double[] current;
    private final double[] gapConductance;
    private final double[] gapIn;
    private final double[] gapOut;
    /** True once the population has written its end-of-slice waveform into {@link #gapOut()}. */
    private boolean published;

    /**
     * @param gapArrays false for models without gap junctions: their gap arrays are empty
     */
    public PopulationBuffers(int size, int sliceSteps, int order, boolean gapArrays) {
        this.size = size;
        this.sliceSteps = sliceSteps;
        this.order = order;
        this.gapArrays = gapArrays;
        this.excitatory = new double[size * sliceSteps];
        this.inhibitory = new double[size * sliceSteps];
        this.current = new double[size * sliceSteps];
        int stride = gapArrays ? sliceSteps * (order + 1) : 0;
        this.gapConductance = new double[gapArrays ? size : 0];
        this.gapIn = new double[size * stride];
        this.gapOut = new double[size * stride];
    }

    /** True if these buffers fit a population of {@code n} neurons in slices of D steps with order K. */
    public boolean fits(int n, int d, int k, boolean gapArrays) {
        return n == size && d == sliceSteps && k == order && gapArrays == this.gapArrays;
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

    public double[] gapOut() {
        return gapOut;
    }

    public boolean published() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
