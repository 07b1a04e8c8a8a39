package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.core.fixtures.Fixtures;

/**
 * A model that counts spikes (NeuronModel.countsSpikes, NEST's parrot_neuron) receives each spike as
 * its multiplicity, whatever the weight, from neurons and from devices; other targets of the same
 * sources still receive weighted input.
 */
class CountedSpikesTest {

    @Test
    void aCountingTargetGetsCountsAndTheOthersWeights() {
        for (int threads : new int[] {1, 2}) {
            try (Simulator sim = Fixtures.simulator(threads)) {
                NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0, "V_th", 1.0));
                NodeCollection counter = sim.create("test_counter", 2, Map.of("V_th", 1e9));
                NodeCollection plain = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
                NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 5, "multiplicity", 3));
                sim.connect(source, counter.slice(0, 1), Map.of(), Map.of("weight", 2.5));
                sim.connect(source, counter.slice(0, 1), Map.of(), Map.of("weight", -4.0));
                sim.connect(source, plain, Map.of(), Map.of("weight", 2.5));
                sim.connect(gen, counter.slice(1, 2), Map.of(), Map.of("weight", 7.0));
                sim.simulate(2.0);
                double[] counted = counter.getValues("input_sum");
                double arrived = plain.getValues("input_sum")[0] / 2.5; // spikes of the source that arrived
                assertTrue(arrived > 0, "spikes arrive");
                assertArrayEquals(new double[] {2 * arrived, 3.0}, counted, 1e-12,
                        "each spike counts once per connection, the generator's as its multiplicity (" + threads + " threads)");
                assertEquals(arrived, Math.rint(arrived), 0.0);
            }
        }
    }
}
