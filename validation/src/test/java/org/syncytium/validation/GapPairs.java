package org.syncytium.validation;

import static org.syncytium.validation.Nest.dict;

import java.util.Random;

import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;

/** Random symmetric gap junctions, drawn as NEST's gallery script draws its numpy pairs. */
final class GapPairs {

    private GapPairs() {
    }

    /**
     * Connects {@code count} random pairs of the first {@code neurons} nodes with gap junctions of
     * {@code weight} nS, both directions ({@code make_symmetric}); each pair is a source then a target
     * from {@code new Random(seed)}, so self pairs and duplicates occur as in the gallery script.
     */
    static void connect(Simulator sim, NodeCollection population, int neurons, int count, long seed, double weight) {
        Random pairs = new Random(seed);
        long[] sources = new long[count];
        long[] targets = new long[count];
        for (int k = 0; k < count; k++) {
            sources[k] = population.id(pairs.nextInt(neurons));
            targets[k] = population.id(pairs.nextInt(neurons));
        }
        sim.connect(sources, targets, dict("rule", "one_to_one", "make_symmetric", true),
                dict("synapse_model", "gap_junction", "weight", weight));
    }
}
