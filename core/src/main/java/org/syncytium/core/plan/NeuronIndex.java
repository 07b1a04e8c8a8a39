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
 * @param firstOwned    neuron index of the first neuron this process owns, per population (local
 *                      index i of population p is neuron index {@code firstOwned[p] + i})
 * @param ringOffsets   first ring-buffer row of population p's owned neurons (rows exist only for
 *                      owned neurons)
 */
public record NeuronIndex(long[] neuronIds, int[] populationOf, int[] localOf, Population[] populations,
        int[] offsets, boolean[] gapPopulation, int[] firstOwned, int[] ringOffsets) {

    public int count() {
        return neuronIds.length;
    }
}
