package org.syncytium.core.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Connections;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.Kernels;
import org.syncytium.core.fixtures.Fixtures;

/** What the kernel gives a rule that connects by position, and spatial values of nodes and synapses. */
class SpatialConnectTest {

    /** Connects every pair inside the mask (anchored at the target) whose value "p" is at least 0.5. */
    private static final class MaskedRule implements ConnectionRule {
        @Override
        public String name() {
            return "masked_pairs";
        }

        @Override
        public String description() {
            return "test rule";
        }

        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(new ParameterSpec("p", ParameterType.REAL, 1.0, "", ""));
        }

        @Override
        public boolean supportsSymmetric() {
            return false;
        }

        @Override
        public boolean isSymmetric(ConnectionRequest request) {
            return false;
        }

        @Override
        public void validate(ConnectionRequest request) {
        }

        @Override
        public void connect(ConnectionRequest request, ConnectionSink sink) {
            for (int j = 0; j < request.targetCount(); j++) {
                for (int i = 0; i < request.sourceCount(); i++) {
                    if (request.inMask(i, j, true) && request.pairValue("p", i, j) >= 0.5) {
                        sink.connect(i, j);
                    }
                }
            }
        }

        @Override
        public boolean takesPairValues() {
            return true;
        }
    }

    private static Simulator simulator() {
        List<Extension> extensions = new ArrayList<>(Fixtures.all());
        extensions.add(new MaskedRule());
        return Kernels.factory(extensions).newSimulator();
    }

    /** Five nodes on a line, x = 0, 0.1, ..., 0.4, y = 0. */
    private static NodeCollection line(Simulator sim, boolean wrap) {
        NodeCollection nodes = sim.create("test_leaky", 5);
        sim.setPositions(nodes, new double[] {0, 0, 0.1, 0, 0.2, 0, 0.3, 0, 0.4, 0}, 2, new double[] {-0.05, -0.5},
                new double[] {0.5, 1}, wrap);
        return nodes;
    }

    @Test
    void masksAndDistancesChooseThePairs() {
        try (Simulator sim = simulator()) {
            NodeCollection nodes = line(sim, false);
            sim.connect(nodes, nodes, Map.of("rule", "masked_pairs", "mask", Map.of("circular", Map.of("radius", 0.15))),
                    Map.of());
            // each node and its neighbours: 3 + 3 + 3 + 2 + 2 (the two ends have one neighbour)
            assertEquals(13L, sim.getKernelStatus("num_connections"));
        }
        try (Simulator sim = simulator()) {
            NodeCollection nodes = line(sim, false);
            RandomParameter near = RandomParameter.distance(0).then(RandomParameter.Step.of("lt",
                    RandomParameter.constant(0.25)));
            sim.connect(nodes, nodes, Map.of("rule", "masked_pairs", "p", near), Map.of("weight",
                    RandomParameter.distance(1).affine(10, 1)));
            Connections made = sim.getConnections(null, null, null);
            // pairs closer than 0.25: each node with itself (5), 0.1 apart (8) and 0.2 apart (6)
            assertEquals(19, made.size());
            for (int k = 0; k < made.size(); k++) {
                double dx = Math.abs(made.sources()[k] - made.targets()[k]) * 0.1;
                assertEquals(1 + 10 * dx, made.weights()[k], 1e-12, "weight 1 + 10 |dx|");
            }
        }
    }

    @Test
    void aTorusMaskReachesAcrossTheEdge() {
        try (Simulator sim = simulator()) {
            NodeCollection nodes = line(sim, true);
            Map<String, Object> right = Map.of("rectangular", Map.of("lower_left", List.of(0.05, -0.1),
                    "upper_right", List.of(0.15, 0.1)));
            sim.connect(nodes, nodes, Map.of("rule", "masked_pairs", "mask", right), Map.of());
            Connections made = sim.getConnections(null, null, null);
            // each target takes the source 0.1 to its right, the last one node 1 across the edge (listed by source)
            assertArrayEquals(new long[] {1, 2, 3, 4, 5}, made.sources());
            assertArrayEquals(new long[] {5, 1, 2, 3, 4}, made.targets());
        }
    }

    @Test
    void nodeValuesReadTheirPositionAndBadUsesAreNamed() {
        try (Simulator sim = simulator()) {
            NodeCollection nodes = line(sim, false);
            nodes.set(Map.of("V_m", RandomParameter.position(0, 0).affine(100, -70)));
            assertEquals(-60.0, ((double[]) nodes.get("V_m"))[1], 1e-12);
            NodeCollection plain = sim.create("test_leaky", 2);
            String noPlace = assertThrows(KernelException.class, () -> sim.connect(plain, plain,
                    Map.of("rule", "masked_pairs", "p", RandomParameter.distance(0)), Map.of())).getMessage();
            assertTrue(noPlace.contains("has none"), noPlace);
            String rule = assertThrows(BadPropertyException.class, () -> sim.connect(nodes, nodes,
                    Map.of("rule", "all_to_all", "mask", Map.of("circular", Map.of("radius", 0.1))), Map.of()))
                    .getMessage();
            assertTrue(rule.contains("is not taken by rule all_to_all"), rule);
            String pair = assertThrows(KernelException.class, () -> plain.set(Map.of("V_m",
                    RandomParameter.distance(0)))).getMessage();
            assertTrue(pair.contains("only be used when connecting"), pair);
            double[] values = sim.evaluate(RandomParameter.distance(0), 1, new double[] {0.3, 0.4, 0.0, 0.0}, 2);
            assertArrayEquals(new double[] {0.5, 0.0}, values, 1e-15);
        }
    }

    @Test
    void aMaskWiderThanATorusIsRefusedUnlessAllowed() {
        try (Simulator sim = simulator()) {
            NodeCollection nodes = line(sim, true);
            Map<String, Object> wide = Map.of("circular", Map.of("radius", 0.3));
            String message = assertThrows(BadPropertyException.class, () -> sim.connect(nodes, nodes,
                    Map.of("rule", "masked_pairs", "mask", wide), Map.of())).getMessage();
            assertTrue(message.contains("allow_oversized_mask"), message);
            sim.connect(nodes, nodes, Map.of("rule", "masked_pairs", "mask", wide, "allow_oversized_mask", true), Map.of());
            assertEquals(25L, sim.getKernelStatus("num_connections"), "each pair once, however many images");
        }
    }
}
