package org.syncytium.plugins.parrot;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.ColumnPopulation;

/**
 * Parrots without state: each step, as many spikes go out as came in (the kernel delivers counts to
 * a model that {@link NeuronModel#countsSpikes() counts spikes}), which downstream is one spike of
 * that multiplicity, as NEST's.
 */
final class ParrotPopulation extends ColumnPopulation {

    private int sliceSteps;

    ParrotPopulation(NeuronModel model, int size) {
        super(model, model.parameters(), size);
    }

    @Override
    protected void check(double[] row) {
        // no parameters
    }

    @Override
    public double recordable(int index, int i) {
        throw new IndexOutOfBoundsException("parrot_neuron has no recordables");
    }

    @Override
    public void prepare(RunContext context) {
        sliceSteps = context.sliceSteps();
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        final double[] counts = io.spikeExcitatory();
        final int d = sliceSteps;
        for (int i = from; i < to; i++) {
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                for (long n = Math.round(counts[i * d + l]); n > 0; n--) {
                    io.spike(i, l);
                }
            }
        }
    }
}
