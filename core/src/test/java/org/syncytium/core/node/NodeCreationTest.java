package org.syncytium.core.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.fixtures.Fixtures;

class NodeCreationTest {
    @Test
    void idsStartAtOneAndAreConsecutiveOverAllKinds() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection neurons = sim.create("test_leaky", 3);
            NodeCollection recorder = sim.create("spike_recorder", 1);
            NodeCollection generator = sim.create("test_poisson", 2);
            NodeCollection more = sim.create("test_gap", 2);
            assertArrayEquals(new long[] {1, 2, 3}, neurons.ids());
            assertArrayEquals(new long[] {4}, recorder.ids());
            assertArrayEquals(new long[] {5, 6}, generator.ids());
            assertArrayEquals(new long[] {7, 8}, more.ids());
            assertEquals(8L, sim.getKernelStatus("network_size"));
            assertEquals("test_gap", more.model());
            assertArrayEquals(new long[] {2, 3}, neurons.slice(1, 3).ids());
        }
    }

    @Test
    void unknownModelSuggestsTheNearest() {
        try (Simulator sim = Fixtures.simulator()) {
            UnknownNameException e = assertThrows(UnknownNameException.class, () -> sim.create("test_leakyy", 1));
            assertTrue(e.getMessage().contains("did you mean \"test_leaky\""), e.getMessage());
            assertEquals(0L, sim.getKernelStatus("network_size"));
        }
    }

    @Test
    void scalarArrayAndListValues() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 3, Map.of("V_m", -5.0, "I_e", new double[] {1, 2, 3}));
            assertArrayEquals(new double[] {-5, -5, -5}, n.getValues("V_m"));
            assertArrayEquals(new double[] {1, 2, 3}, n.getValues("I_e"));
            n.set("V_th", List.of(4.0, 5, 6L));
            assertArrayEquals(new double[] {4, 5, 6}, (double[]) n.get("V_th"));
            n.set("integrator", "exact");
            assertEquals("exact", n.get("integrator"));
        }
    }

    @Test
    void failedSetChangesNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 3);
            assertThrows(BadPropertyException.class,
                    () -> n.set(Map.of("V_m", 7.0, "V_th", new double[] {1, 2, -1})));
            assertArrayEquals(new double[] {0, 0, 0}, n.getValues("V_m"));
            assertArrayEquals(new double[] {10, 10, 10}, n.getValues("V_th"));
            BadPropertyException length = assertThrows(BadPropertyException.class,
                    () -> n.set("V_m", new double[] {1, 2}));
            assertTrue(length.getMessage().contains("one value per node (3)"), length.getMessage());
            UnknownNameException unknown = assertThrows(UnknownNameException.class, () -> n.set("V_mm", 1.0));
            assertTrue(unknown.getMessage().contains("did you mean \"V_m\""), unknown.getMessage());
        }
    }

    @Test
    void failedCreateWithParametersCreatesNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            assertThrows(BadPropertyException.class, () -> sim.create("test_leaky", 2, Map.of("V_th", -1.0)));
            assertEquals(0L, sim.getKernelStatus("network_size"));
            assertArrayEquals(new long[] {1}, sim.create("test_leaky", 1).ids());
        }
    }

    @Test
    void randomValuesAreReproducibleInRangeAndSeedDependent() {
        double[] first;
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 200);
            n.set("V_m", RandomParameter.uniform(-80, -40));
            first = n.getValues("V_m");
        }
        for (double v : first) {
            assertTrue(v >= -80 && v < -40, "value " + v);
        }
        try (Simulator sim = Fixtures.simulator(8)) {
            sim.setKernelStatus(Map.of("total_num_virtual_procs", 8));
            NodeCollection n = sim.create("test_leaky", 200);
            n.set("V_m", RandomParameter.uniform(-80, -40));
            assertArrayEquals(first, n.getValues("V_m"));
            // a second random set draws new values
            n.set("V_m", RandomParameter.uniform(-80, -40));
            assertNotEquals(first[0], n.getValues("V_m")[0]);
        }
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("rng_seed", 12345));
            NodeCollection n = sim.create("test_leaky", 200);
            n.set("V_m", RandomParameter.uniform(-80, -40));
            assertNotEquals(first[0], n.getValues("V_m")[0]);
        }
    }

    @Test
    void randomDistributionsHaveTheirMoments() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 20000);
            n.set("V_m", RandomParameter.normal(3.0, 2.0));
            double[] v = n.getValues("V_m");
            double mean = java.util.Arrays.stream(v).average().orElseThrow();
            double var = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
            assertEquals(3.0, mean, 0.05);
            assertEquals(4.0, var, 0.15);
            n.set("I_e", RandomParameter.exponential(2.0));
            assertEquals(2.0, java.util.Arrays.stream(n.getValues("I_e")).average().orElseThrow(), 0.06);
            assertThrows(BadPropertyException.class, () -> n.set("V_m", RandomParameter.exponential(-1)));
        }
    }

    @Test
    void devicesAndRecordersTakeTheirSchema() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_poisson", 1, Map.of("rate", 500));
            assertEquals(500.0, gen.get("rate"));
            assertThrows(BadPropertyException.class, () -> gen.set("rate", -1.0));
            assertEquals(500.0, gen.get("rate"));
            NodeCollection mm = sim.create("multimeter", 2, Map.of("interval", 0.5));
            assertEquals(List.of(0.5, 0.5), mm.get("interval"));
            assertThrows(UnknownNameException.class, () -> mm.set("intervall", 1.0));
        }
    }

    @Test
    void timesOnTheGridAreRefusedOffItWhenSetAsInNest() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("resolution", 0.1));
            String off = assertThrows(BadPropertyException.class,
                    () -> sim.create("spike_recorder", 1, Map.of("start", 0.15))).getMessage();
            assertEquals("spike_recorder: start = 0.15 must be a multiple of the resolution (0.1 ms)", off);
            assertEquals(0L, sim.getKernelStatus("network_size")); // the refused Create made nothing
            NodeCollection recorder = sim.create("spike_recorder", 1, Map.of("start", 0.3));
            assertThrows(BadPropertyException.class, () -> recorder.set(Map.of("start", 1.25)));
            assertEquals(0.3, recorder.get("start"));
            recorder.set(Map.of("start", -2.0)); // negative and large times on the grid are fine
            recorder.set(Map.of("start", Double.MAX_VALUE));
            NodeCollection multimeter = sim.create("multimeter", 1);
            assertThrows(BadPropertyException.class, () -> multimeter.set(Map.of("interval", 0.25)));
            multimeter.set(Map.of("interval", 0.2));
            // a parameter without the rule keeps any value
            sim.create("test_leaky", 1, Map.of("V_th", 0.15));
        }
    }

    @Test
    void parametersAreCheckedWithoutCreatingANode() {
        // PyNEST's SetDefaults refuses a bad default at once; the check leaves no trace
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("resolution", 1.0));
            NodeCollection first = sim.create("test_leaky", 2);
            String off = assertThrows(BadPropertyException.class,
                    () -> sim.checkParameters("spike_recorder", Map.of("start", 1.5))).getMessage();
            assertTrue(off.contains("start = 1.5"), off);
            assertThrows(BadPropertyException.class, () -> sim.checkParameters("test_leaky", Map.of("V_th", -1.0)));
            assertThrows(UnknownNameException.class, () -> sim.checkParameters("test_leaky", Map.of("V_thh", 1.0)));
            assertThrows(IllegalArgumentException.class,
                    () -> sim.checkParameters("test_leaky", Map.of("V_m", RandomParameter.uniform(0, 1))));
            sim.checkParameters("test_leaky", Map.of("V_th", 12.0));
            sim.checkParameters("spike_recorder", Map.of("start", 2.0));
            assertEquals(2L, sim.getKernelStatus("network_size"));
            assertArrayEquals(new long[] {3}, sim.create("spike_recorder", 1).ids(), "no id was used up");
            assertArrayEquals(new double[] {10, 10}, first.getValues("V_th"));
        }
    }
}
