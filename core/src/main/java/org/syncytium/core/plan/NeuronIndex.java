package org.syncytium.core.plan;

import org.syncytium.api.neuron.Population;

/**
 * The kernel-wide neuron index (populations in creation order) and what it maps to.
 *
 * @param neuronIds     node id per neuron index
 * @param populationOf  population per neuron index
 * @param localOf       index within its population per neuron index
 * @param populations   the populations
 * @param offsets       first neuron index per population
 * @param gapPopulation true for populations with a gap-coupled neuron
 */
public record NeuronIndex(long[] neuronIds, int[] populationOf, int[] localOf, Population[] populations,
        int[] offsets, boolean[] gapPopulation) {

    public int count() {
        return neuronIds.length;
    }
}
