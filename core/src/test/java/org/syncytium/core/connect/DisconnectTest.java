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
import org.syncytium.api.error.NotImplementedException;
import org.syncytium.core.fixtures.Fixtures;

/** Connections removed after they were made (PyNEST's Disconnect). */
class DisconnectTest {
    private static final Map<String, Object> GAP_SYM = Map.of("make_symmetric", true);
    private static final Map<String, Object> GAP = Map.of("synapse_model", "gap_junction", "weight", 0.1);

    @Test
    void aRemovedConnectionDeliversNothingAndTheOthersKeepTheirOrder() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0));
            NodeCollection targets = sim.create("test_leaky", 3, Map.of("V_th", 1e9));
            sim.connect(source, targets, Map.of(), Map.of("weight", 1.0, "delay", 1.7));
            // a second connection to the middle target, with its own weight
            sim.connect(source, targets.slice(1, 2), Map.of(), Map.of("weight", 2.0, "delay", 1.7));
            long s = source.ids()[0];
            long[] t = targets.ids();
            sim.disconnect(new long[] {s, s}, new long[] {t[0], t[1]}, new int[] {0, 0}, new boolean[2]);
            assertEquals(2L, sim.getKernelStatus("num_connections"));
            Connections left = sim.getConnections(null, null, null);
            assertArrayEquals(new long[] {t[1], t[2]}, left.targets());
            assertArrayEquals(new double[] {2.0, 1.0}, left.weights(), 0.0);
            sim.simulate(3.0);
            // spikes stamped 5, 10 arrive 16 steps later (DelayTimingTest): 2 at weight 2, 2 at weight 1
            assertArrayEquals(new double[] {0.0, 4.0, 2.0}, targets.getValues("input_sum"), 0.0);
        }
    }

    @Test
    void devicesAndRecordersCanBeDisconnectedBetweenRuns() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 5));
            NodeCollection neuron = sim.create("test_leaky", 1, Map.of("I_e", 20.0, "V_th", 10.0));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            sim.connect(gen, neuron, Map.of(), Map.of("weight", 2.5));
            sim.connect(neuron, recorder, Map.of(), Map.of());
            sim.simulate(3.0);
            int recorded = sim.getConnections(null, null, null).sources().length;
            assertEquals(2, recorded);
            long before = recorder.events().times().length;
            assertTrue(before > 0);
            sim.disconnect(new long[] {gen.ids()[0], neuron.ids()[0]}, new long[] {neuron.ids()[0], recorder.ids()[0]},
                    new int[2], new boolean[2]);
            assertEquals(0L, sim.getKernelStatus("num_connections"));
            sim.simulate(3.0);
            assertEquals(before, recorder.events().times().length);
        }
    }

    @Test
    void aMissingOrRepeatedConnectionRemovesNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 3);
            sim.connect(n.slice(0, 1), n.slice(1, 3), Map.of(), Map.of());
            long[] ids = n.ids();
            KernelException missing = assertThrows(KernelException.class, () -> sim.disconnect(
                    new long[] {ids[0], ids[1]}, new long[] {ids[1], ids[2]}, new int[2], new boolean[2]));
            assertTrue(missing.getMessage().contains("no connection " + ids[1] + " -> " + ids[2]), missing.getMessage());
            assertThrows(KernelException.class, () -> sim.disconnect(new long[] {ids[0], ids[0]},
                    new long[] {ids[1], ids[1]}, new int[2], new boolean[2]));
            assertEquals(2L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void gapJunctionsAreNotDisconnected() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_gap", 2);
            sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
            assertThrows(NotImplementedException.class,
                    () -> sim.disconnect(new long[] {1}, new long[] {2}, new int[1], new boolean[] {true}));
            assertEquals(2L, sim.getKernelStatus("num_connections"));
        }
    }
}
