package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.Connections;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.KernelException;
import org.syncytium.core.fixtures.Fixtures;

class ConnectionListingTest {

    @Test
    void listsEveryKindOfConnectionWithItsValuesAndFilters() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("resolution", 0.1));
            NodeCollection neurons = sim.create("test_gap", 3);                 // 1..3
            NodeCollection source = sim.create("test_poisson", 1);              // 4
            NodeCollection recorder = sim.create("spike_recorder", 1);         // 5
            sim.connect(neurons.slice(0, 2), neurons.slice(1, 3), Map.of("rule", "one_to_one"), Map.of("weight", 2.5, "delay", 1.5));
            sim.connect(source, neurons.slice(0, 1), Map.of(), Map.of("weight", 7.0));
            sim.connect(new long[] {1}, new long[] {3}, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", 0.3));
            sim.connect(neurons.slice(2, 3), recorder, Map.of(), Map.of());
            Connections all = sim.getConnections(null, null, null);
            assertEquals(sim.getKernelStatus("num_connections"), (long) all.size());
            // grouped by synapse model (by name, as NEST's full build numbers them), then by source and target
            assertArrayEquals(new long[] {1, 3, 1, 2, 3, 4}, all.sources());
            assertArrayEquals(new long[] {3, 1, 2, 3, 5, 1}, all.targets());
            // the recorder's connection carries the defaults it was made with, as NEST lists them
            assertArrayEquals(new double[] {0.3, 0.3, 2.5, 2.5, 1.0, 7.0}, all.weights(), 1e-12);
            assertEquals(1.0, all.delays()[4], 1e-12);
            assertEquals(1.5, all.delays()[2], 1e-12);
            assertTrue(Double.isNaN(all.delays()[0]), "gap junctions have no delay");
            assertEquals("gap_junction", all.synapseModels()[1]);
            assertEquals("static_synapse", all.synapseModels()[2]);

            Connections fromOne = sim.getConnections(new long[] {1}, null, null);
            assertArrayEquals(new long[] {3, 2}, fromOne.targets());
            Connections gaps = sim.getConnections(null, new long[] {1, 3}, "gap_junction");
            assertArrayEquals(new long[] {1, 3}, gaps.sources());
            assertEquals(0, sim.getConnections(new long[] {2}, null, "gap_junction").size());
        }
    }

    @Test
    void recorderConnectionsKeepTheWeightAndDelayTheyWereGivenAndTakeNewOnes() {
        // nothing recorded depends on them, but NEST lists and sets them as for any connection
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("resolution", 0.1));
            NodeCollection neurons = sim.create("test_leaky", 2);               // 1, 2
            NodeCollection spikes = sim.create("spike_recorder", 1);           // 3
            NodeCollection meter = sim.create("multimeter", 1);                // 4
            NodeCollection meter2 = sim.create("multimeter", 1);               // 5
            sim.connect(neurons, spikes, Map.of(), Map.of("weight", 3.0, "delay", 2.0));
            sim.connect(meter, neurons.slice(1, 2), Map.of(), Map.of());
            sim.connect(meter2, neurons.slice(1, 2), Map.of(), Map.of("weight", -4.0));
            Connections all = sim.getConnections(null, null, null);
            assertArrayEquals(new long[] {1, 2, 4, 5}, all.sources());
            assertArrayEquals(new double[] {3.0, 3.0, 1.0, -4.0}, all.weights(), 1e-12);
            assertArrayEquals(new double[] {2.0, 2.0, 1.0, 1.0}, all.delays(), 1e-12);

            sim.setConnections(new long[] {2, 5}, new long[] {3, 2}, new int[] {0, 0}, new boolean[2], "weight",
                    new double[] {5.0, 6.0});
            sim.setConnections(new long[] {1}, new long[] {3}, new int[] {0}, new boolean[1], "delay", new double[] {3.5});
            all = sim.getConnections(null, null, null);
            assertArrayEquals(new double[] {3.0, 5.0, 1.0, 6.0}, all.weights(), 1e-12);
            assertArrayEquals(new double[] {3.5, 2.0, 1.0, 1.0}, all.delays(), 1e-12);
            assertEquals(3.5, (Double) sim.getKernelStatus("max_delay"), 1e-12);
            assertThrows(KernelException.class, () -> sim.setConnections(new long[] {4}, new long[] {2}, new int[] {1},
                    new boolean[1], "weight", new double[] {1.0}), "there is one link from 4 to 2, not two");
        }
    }

    @Test
    void connectionsMadeAfterASimulationAreListedToo() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection neurons = sim.create("test_leaky", 2);
            sim.connect(neurons, neurons, Map.of("rule", "one_to_one"), Map.of());
            sim.simulate(2.0);
            sim.connect(neurons.slice(0, 1), neurons.slice(1, 2), Map.of("rule", "one_to_one"), Map.of("weight", 4.0));
            Connections all = sim.getConnections(null, null, null);
            assertArrayEquals(new long[] {1, 1, 2}, all.sources());
            assertArrayEquals(new long[] {1, 2, 2}, all.targets());
            assertEquals(4.0, all.weights()[1], 1e-12);
        }
    }

    @Test
    void aMultimetersTargetsAreListedInTheOrderTheyWereConnected() {
        // as NEST lists them (and hands the multimeter their samples): not sorted by node id
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection neurons = sim.create("test_leaky", 5);               // 1..5
            NodeCollection meter = sim.create("multimeter", 1);                 // 6
            NodeCollection other = sim.create("test_leaky", 1);                 // 7
            sim.connect(neurons, neurons, Map.of("rule", "one_to_one"), Map.of());
            sim.connect(meter, neurons.slice(3, 5), Map.of(), Map.of());
            sim.connect(meter, other, Map.of(), Map.of());
            sim.connect(meter, neurons.slice(0, 2), Map.of(), Map.of());
            long[] order = {4, 5, 7, 1, 2};
            assertArrayEquals(order, sim.getConnections(meter.ids(), null, null).targets());
            Connections all = sim.getConnections(null, null, null);
            long[] fromMeter = java.util.stream.IntStream.range(0, all.size()).filter(k -> all.sources()[k] == 6)
                    .mapToLong(k -> all.targets()[k]).toArray();
            assertArrayEquals(order, fromMeter);
            assertArrayEquals(new long[] {1, 2}, sim.getConnections(meter.ids(), new long[] {2, 1}, null).targets());
            assertEquals(0, sim.getConnections(new long[] {6, 99}, new long[] {3}, null).size());
        }
    }

    @Test
    void eachNeuronNumbersItsMultimetersFromOneInTheOrderTheyWereConnected() {
        // NEST lists a multimeter connection's receptor as the multimeter's place among the neuron's data loggers
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection neurons = sim.create("test_leaky", 3);               // 1..3
            NodeCollection first = sim.create("multimeter", 1);                 // 4
            NodeCollection second = sim.create("multimeter", 1);                // 5
            NodeCollection recorder = sim.create("spike_recorder", 1);          // 6
            sim.connect(second, neurons.slice(1, 3), Map.of(), Map.of());
            sim.connect(first, neurons, Map.of(), Map.of());
            sim.connect(neurons, recorder, Map.of(), Map.of());
            assertArrayEquals(new int[] {1, 2, 2}, sim.getConnections(first.ids(), null, null).receptors());
            assertArrayEquals(new int[] {1, 1}, sim.getConnections(second.ids(), null, null).receptors());
            assertArrayEquals(new int[] {0, 0, 0}, sim.getConnections(null, recorder.ids(), null).receptors());
        }
    }
}
