package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.core.fixtures.Fixtures;

/** Weights and delays changed after connecting (PyNEST's SynapseCollection.set). */
class ConnectionEditsTest {

    private static final boolean[] SPIKE = {false};

    @Test
    void aLongerDelayThanAnyBeforeReachesTheTargetThatMuchLater() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0));
            NodeCollection target = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
            sim.connect(source, target, Map.of(), Map.of("weight", 1.5, "delay", 1.7));
            long[] s = source.ids();
            long[] t = target.ids();
            sim.setConnections(s, t, new int[] {0}, SPIKE, "delay", new double[] {3.0});
            sim.setConnections(s, t, new int[] {0}, SPIKE, "weight", new double[] {2.5});
            sim.simulate(4.0);
            // spikes are stamped 5, 10, ... (DelayTimingTest) and arrive 30 - 1 steps later: 34 and 39
            // fall inside the 40 steps, each with the new weight
            assertEquals(34.0, target.getValues("first_input_step")[0]);
            assertEquals(39.0, target.getValues("last_input_step")[0]);
            assertEquals(5.0, target.getValues("input_sum")[0]);
            assertEquals(3.0, (Double) sim.getKernelStatus("max_delay"), 1e-12);
            assertArrayEquals(new double[] {3.0}, sim.getConnections(s, t, null).delays(), 1e-12);
        }
    }

    @Test
    void oneBadEntryChangesNothingAndAMissingConnectionIsNamed() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 3);
            sim.connect(n.slice(0, 1), n.slice(1, 3), Map.of(), Map.of("weight", 1.0));
            long[] sources = {n.ids()[0], n.ids()[0]};
            long[] targets = {n.ids()[1], n.ids()[2]};
            assertThrows(BadPropertyException.class, () -> sim.setConnections(sources, targets, new int[2],
                    new boolean[2], "weight", new double[] {4.0, Double.POSITIVE_INFINITY}));
            assertThrows(BadPropertyException.class, () -> sim.setConnections(sources, targets, new int[2],
                    new boolean[2], "delay", new double[] {2.0, 0.05}));
            assertArrayEquals(new double[] {1.0, 1.0}, sim.getConnections(null, null, null).weights(), 0.0);
            assertArrayEquals(new double[] {1.0, 1.0}, sim.getConnections(null, null, null).delays(), 1e-12);
            KernelException missing = assertThrows(KernelException.class, () -> sim.setConnections(sources, targets,
                    new int[] {0, 1}, new boolean[2], "weight", new double[] {4.0, 4.0}));
            assertTrue(missing.getMessage().contains("connection " + n.ids()[0] + " -> " + n.ids()[2] + " (number 2"),
                    missing.getMessage());
            sim.setConnections(sources, targets, new int[2], new boolean[2], "weight", new double[] {4.0, 5.0});
            assertArrayEquals(new double[] {4.0, 5.0}, sim.getConnections(null, null, null).weights(), 0.0);
        }
    }
}
