package org.syncytium.core.delivery;

import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.core.record.Sampling;
import org.syncytium.core.util.LongList;

/**
 * One worker's view of one population's slice arrays: the arrays are shared (workers touch
 * disjoint neurons), but spikes go to the worker's own buffer, so reporting a spike needs no lock.
 * A spike is stored as {@code (l << 32) | neuron index}; sorting these keys orders spikes by stamp,
 * then by node id (neuron indices grow with node ids).
 */
public final class WorkerSliceIO implements SliceIO {
    private final PopulationBuffers buffers;
    private final SliceClock clock;
    private final LongList spikes;
    private final Sampling sampling;
    private final Population population;
    private final int populationIndex;
    private final int offset;

    public WorkerSliceIO(PopulationBuffers buffers, SliceClock clock, LongList spikes, Sampling sampling,
            Population population, int populationIndex, int offset) {
        this.buffers = buffers;
        this.clock = clock;
        this.spikes = spikes;
        this.sampling = sampling;
        this.population = population;
        this.populationIndex = populationIndex;
        this.offset = offset;
    }

    @Override
    public long originStep() {
        return clock.origin();
    }

    @Override
    public int firstStep() {
        return clock.first();
    }

    @Override
    public int endStep() {
        return clock.end();
    }

    @Override
    public double[] spikeExcitatory() {
        return buffers.excitatory();
    }

    @Override
    public double[] spikeInhibitory() {
        return buffers.inhibitory();
    }

    @Override
    public double[] spikeExcitatory(int receptor) {
        return receptor == 0 ? buffers.excitatory() : buffers.excitatory(checked(receptor));
    }

    @Override
    public double[] spikeInhibitory(int receptor) {
        return receptor == 0 ? buffers.inhibitory() : buffers.inhibitory(checked(receptor));
    }

    @Override
    public double[] spikeReceptors() {
        if (!buffers.sideBySide()) {
            return SliceIO.super.spikeReceptors();
        }
        return buffers.receptorInput();
    }

    @Override
    public int spikeReceptorStride() {
        return buffers.sideBySide() ? buffers.receptors() : 0;
    }

    private int checked(int receptor) {
        if (receptor < 0 || receptor > buffers.receptors()) {
            throw new IllegalArgumentException("no spike receptor " + receptor + " in " + population.model().name()
                    + " (receptors 1 to " + buffers.receptors() + ")");
        }
        return receptor;
    }

    @Override
    public double[] currentInput() {
        return buffers.current();
    }

    @Override
    public double[] gapConductance() {
        return buffers.gapConductance();
    }

    @Override
    public double[] gapCoefficientsIn() {
        return buffers.gapIn();
    }

    @Override
    public double[] gapCoefficientsOut() {
        // written while partners may still read the published waveforms of the pass before
        return buffers.gapOutNext();
    }

    @Override
    public void spike(int i, int l) {
        spikes.add(((long) l << 32) | (offset + i));
    }

    @Override
    public boolean isSampled(int i) {
        return sampling.isSampled(offset + i);
    }

    @Override
    public boolean isSampledAfter(int i, int l) {
        return sampling.isSampledAfter(offset + i, l);
    }

    @Override
    public void sample(int i, int l) {
        sampling.sample(population, populationIndex, offset + i, i, l);
    }
}
