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
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.core.fixtures.Fixtures;

/** Synapse model copies (PyNEST's CopyModel): their defaults, and connections that keep the copy's name. */
class SynapseCopyTest {

    @Test
    void connectionsKeepTheNameTheyWereMadeUnderInEveryTable() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("resolution", 0.1));
            NodeCollection neurons = sim.create("test_gap", 3);                 // 1..3
            NodeCollection source = sim.create("test_poisson", 1);              // 4
            NodeCollection recorder = sim.create("spike_recorder", 1);         // 5
            sim.copySynapseModel("static_synapse", "excitatory", Map.of("weight", 2.0, "delay", 1.5));
            sim.copySynapseModel("static_synapse", "inhibitory", Map.of("weight", -3.0));
            sim.copySynapseModel("excitatory", "strong", Map.of("weight", 9.0)); // a copy of a copy keeps delay 1.5
            sim.copySynapseModel("gap_junction", "my_gap", Map.of("weight", 0.4));
            sim.connect(new long[] {1}, new long[] {2}, Map.of(), Map.of("synapse_model", "excitatory"));
            sim.connect(new long[] {2}, new long[] {3}, Map.of(), Map.of("synapse_model", "inhibitory"));
            sim.connect(new long[] {1}, new long[] {3}, Map.of(), Map.of());
            sim.connect(new long[] {3}, new long[] {1}, Map.of(), Map.of("synapse_model", "strong", "weight", 5.0));
            sim.connect(source, neurons.slice(0, 1), Map.of(), Map.of("synapse_model", "excitatory"));
            sim.connect(neurons.slice(2, 3), recorder, Map.of(), Map.of("synapse_model", "inhibitory"));
            sim.connect(new long[] {1}, new long[] {2}, Map.of("make_symmetric", true), Map.of("synapse_model", "my_gap"));

            Connections all = sim.getConnections(null, null, null);
            assertEquals(sim.getKernelStatus("num_connections"), (long) all.size());
            // installed models first (by name), then the copies in the order they were made, as NEST numbers them
            assertArrayEquals(new String[] {"static_synapse", "excitatory", "excitatory", "inhibitory", "inhibitory",
                "strong", "my_gap", "my_gap"}, all.synapseModels());
            assertArrayEquals(new long[] {1, 1, 4, 2, 3, 3, 1, 2}, all.sources());
            assertArrayEquals(new long[] {3, 2, 1, 3, 5, 1, 2, 1}, all.targets());
            assertArrayEquals(new double[] {1.0, 2.0, 2.0, -3.0, -3.0, 5.0, 0.4, 0.4}, all.weights(), 1e-12);
            assertEquals(1.5, all.delays()[5], 1e-12, "a copy of a copy takes its parent's defaults");

            Connections excitatory = sim.getConnections(null, null, "excitatory");
            assertArrayEquals(new long[] {1, 4}, excitatory.sources());
            assertArrayEquals(new long[] {2, 1}, excitatory.targets());
            assertArrayEquals(new long[] {3, 5}, sim.getConnections(null, null, "inhibitory").targets(),
                    "a neuron's and a recorder's connection");
            assertEquals(1, sim.getConnections(null, null, "static_synapse").size(), "the copies' are not the original's");
            assertEquals(2, sim.getConnections(null, null, "my_gap").size());
            assertEquals(0, sim.getConnections(null, null, "gap_junction").size());
            assertEquals(0, sim.getConnections(null, null, "no_such_model").size());
            assertEquals(2L, sim.connectionCount("excitatory"));
            assertEquals(2L, sim.connectionCount("my_gap"), "both directions of a symmetric pair");
            assertEquals(1L, sim.connectionCount("static_synapse"));
            assertEquals(0L, sim.connectionCount("gap_junction"));

        }
    }

    @Test
    void aFilterNumbersEachConnectionAmongAllOfItsPair() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.create("test_leaky", 2);
            sim.copySynapseModel("static_synapse", "a", Map.of("weight", 1.0));
            sim.copySynapseModel("static_synapse", "b", Map.of("weight", 2.0));
            sim.connect(new long[] {1, 1, 1}, new long[] {2, 2, 2}, Map.of(), Map.of("synapse_model", "a"));
            sim.connect(new long[] {1}, new long[] {2}, Map.of(), Map.of("synapse_model", "b"));
            Connections b = sim.getConnections(null, null, "b");
            assertArrayEquals(new int[] {3}, b.occurrences(), "the fourth connection between 1 and 2");
            sim.setConnections(new long[] {1}, new long[] {2}, b.occurrences(), new boolean[1], "weight",
                    new double[] {7.0});
            assertArrayEquals(new double[] {7.0}, sim.getConnections(null, null, "b").weights(), 1e-12);
            assertArrayEquals(new double[] {1.0, 1.0, 1.0}, sim.getConnections(null, null, "a").weights(), 1e-12);

            sim.disconnect(new long[] {1}, new long[] {2}, new int[] {1}, new boolean[1]);
            assertEquals(3L, sim.getKernelStatus("num_connections"));
            assertEquals(2, sim.getConnections(null, null, "a").size());
            assertEquals(2L, sim.connectionCount("a"), "the count follows a disconnect");
            assertEquals(1L, sim.connectionCount("b"));
            assertArrayEquals(new String[] {"a", "a", "b"}, sim.getConnections(null, null, null).synapseModels());
        }
    }

    @Test
    void badCopiesAreRefusedAndMakeNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.create("test_leaky", 2);
            sim.copySynapseModel("static_synapse", "mine", Map.of());
            KernelException exists = assertThrows(KernelException.class,
                    () -> sim.copySynapseModel("static_synapse", "mine", Map.of()));
            assertTrue(exists.getMessage().contains("\"mine\" exists already"), exists.getMessage());
            assertThrows(KernelException.class, () -> sim.copySynapseModel("static_synapse", "gap_junction", Map.of()));
            assertThrows(KernelException.class, () -> sim.copySynapseModel("static_synapse", "test_leaky", Map.of()));
            UnknownNameException unknown = assertThrows(UnknownNameException.class,
                    () -> sim.copySynapseModel("static_synapse_x", "other", Map.of()));
            assertTrue(unknown.getMessage().contains("static_synapse_x"), unknown.getMessage());
            assertThrows(UnknownNameException.class, () -> sim.copySynapseModel("test_leaky", "other", Map.of()),
                    "a neuron model is no synapse model");
            BadPropertyException bad = assertThrows(BadPropertyException.class,
                    () -> sim.copySynapseModel("static_synapse", "slow", Map.of("delay", -1.0)));
            assertTrue(bad.getMessage().contains("delay"), bad.getMessage());
            assertThrows(UnknownNameException.class,
                    () -> sim.connect(new long[] {1}, new long[] {2}, Map.of(), Map.of("synapse_model", "slow")),
                    "a refused copy was not made");
            assertThrows(UnknownNameException.class,
                    () -> sim.copySynapseModel("static_synapse", "slow", Map.of("tau", 1.0)));
            sim.copySynapseModel("static_synapse", "late", Map.of("delay", 2.0));
            assertThrows(BadPropertyException.class, () -> sim.copySynapseModel("late", "later", Map.of("delay", 0.0)));
            assertThrows(BadPropertyException.class, () -> sim.checkParameters("late", Map.of("delay", -2.0)),
                    "a copy's defaults are checked as the original's");
            assertEquals(0L, sim.getKernelStatus("num_connections"));
        }
    }
}
