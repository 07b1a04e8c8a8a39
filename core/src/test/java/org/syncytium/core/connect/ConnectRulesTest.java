package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.Kernels;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestRule;
import org.syncytium.core.fixtures.TestSynapse;

class ConnectRulesTest {
    private static final Map<String, Object> GAP = Map.of("synapse_model", "gap_junction");

    @Test
    void defaultsAreAllToAllAndStaticSynapse() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection a = sim.create("test_leaky", 3);
            NodeCollection b = sim.create("test_leaky", 4);
            sim.connect(a, b, Map.of(), Map.of());
            assertEquals(12L, sim.getKernelStatus("num_connections"));
            sim.connect(a, a, Map.of("allow_autapses", false), Map.of());
            assertEquals(18L, sim.getKernelStatus("num_connections"));
        }
    }

    /** The kernel names no rule or synapse model: the defaults are whatever the installed ones declare. */
    @Test
    void defaultsAreWhatTheInstalledExtensionsDeclare() {
        List<org.syncytium.api.plugin.Extension> extensions = List.of(TestNeuronModel.leaky(),
                new TestRule("every_pair", true), new TestRule("one_to_one"), TestSynapse.spike("plain_synapse", true),
                TestSynapse.spike("other_synapse", false));
        try (Simulator sim = Kernels.factory(extensions).newSimulator()) {
            NodeCollection a = sim.create("test_leaky", 3);
            NodeCollection b = sim.create("test_leaky", 4);
            sim.connect(a, b, Map.of(), Map.of());
            assertEquals(12L, sim.getKernelStatus("num_connections"));
            assertEquals(List.of("plain_synapse"), java.util.Arrays.stream(sim.getConnections(null, null, null)
                    .synapseModels()).distinct().toList());
            sim.connect(new long[] {1, 2}, new long[] {3, 4}, Map.of("rule", "one_to_one"), Map.of());
            assertEquals(14L, sim.getKernelStatus("num_connections"));
            String arrays = assertThrows(BadPropertyException.class, () -> sim.connect(new long[] {1}, new long[] {3},
                    Map.of("rule", "every_pair"), Map.of())).getMessage();
            assertTrue(arrays.contains("must be a rule that connects by position (\"one_to_one\")"), arrays);
        }
        List<org.syncytium.api.plugin.Extension> none = List.of(TestNeuronModel.leaky(),
                new TestRule("every_pair", false), TestSynapse.spike("other_synapse", false));
        try (Simulator sim = Kernels.factory(none).newSimulator()) {
            NodeCollection a = sim.create("test_leaky", 3);
            String rule = assertThrows(KernelException.class, () -> sim.connect(a, a, Map.of(), Map.of()))
                    .getMessage();
            assertTrue(rule.contains("conn_spec names no rule and no installed connection rule is the default"), rule);
            String synapse = assertThrows(KernelException.class,
                    () -> sim.connect(a, a, Map.of("rule", "every_pair"), Map.of())).getMessage();
            assertTrue(synapse.contains("no installed synapse model is the default (installed: [other_synapse])"),
                    synapse);
        }
    }

    @Test
    void unknownNamesSuggestTheNearest() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection a = sim.create("test_leaky", 2);
            String rule = assertThrows(UnknownNameException.class,
                    () -> sim.connect(a, a, Map.of("rule", "one_to_onee"), Map.of())).getMessage();
            assertTrue(rule.contains("connection rule \"one_to_onee\"; did you mean \"one_to_one\""), rule);
            String key = assertThrows(UnknownNameException.class,
                    () -> sim.connect(a, a, Map.of("rule", "fixed_indegree", "indgree", 1), Map.of())).getMessage();
            assertTrue(key.contains("did you mean \"indegree\""), key);
            String syn = assertThrows(UnknownNameException.class,
                    () -> sim.connect(a, a, Map.of(), Map.of("synapse_model", "static_synaps"))).getMessage();
            assertTrue(syn.contains("did you mean \"static_synapse\""), syn);
            String param = assertThrows(UnknownNameException.class,
                    () -> sim.connect(a, a, Map.of(), Map.of("wieght", 1.0))).getMessage();
            assertTrue(param.contains("did you mean \"weight\""), param);
            assertEquals(0L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void delaysAreCheckedAndRoundedToSteps() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection a = sim.create("test_leaky", 2);
            assertThrows(BadPropertyException.class, () -> sim.connect(a, a, Map.of(), Map.of("delay", 0.05)));
            sim.connect(a, a, Map.of(), Map.of("delay", 0.149));
            assertEquals(0.1, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            sim.connect(a, a, Map.of(), Map.of("delay", 0.25));
            // NEST rounds half away from zero: 2.5 steps become 3
            assertEquals(0.3, (Double) sim.getKernelStatus("max_delay"), 1e-12);
        }
    }

    @Test
    void aCallWithOneBadRandomDelayStoresNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection a = sim.create("test_leaky", 20);
            NodeCollection b = sim.create("test_leaky", 20);
            sim.connect(a, b, Map.of("rule", "one_to_one"), Map.of());
            // 400 draws from [-1, 1] ms: some delays are below the resolution, found after others were fine
            assertThrows(BadPropertyException.class, () -> sim.connect(a, b, Map.of(),
                    Map.of("delay", RandomParameter.uniform(-1.0, 1.0))));
            assertEquals(20L, sim.getKernelStatus("num_connections"));
            assertEquals(20, sim.getConnections(null, null, null).sources().length,
                    "only the first call's connections are stored");
            sim.simulate(1.0);
        }
    }

    @Test
    void arrayWeightsNeedOneValuePerConnection() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection a = sim.create("test_leaky", 2);
            BadPropertyException e = assertThrows(BadPropertyException.class,
                    () -> sim.connect(a, a, Map.of(), Map.of("weight", new double[] {1, 2, 3})));
            assertTrue(e.getMessage().contains("this call makes 4"), e.getMessage());
            sim.connect(a, a, Map.of(), Map.of("weight", new double[] {1, 2, 3, 4}));
            sim.connect(a, a, Map.of("rule", "fixed_indegree", "indegree", 3),
                    Map.of("weight", RandomParameter.normal(0, 1), "delay", RandomParameter.uniform(1.0, 2.0)));
            assertEquals(10L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void makeSymmetricOnlyWhereTheRuleSupportsIt() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection a = sim.create("test_gap", 3);
            KernelException e = assertThrows(KernelException.class,
                    () -> sim.connect(a, a, Map.of("rule", "all_to_all", "make_symmetric", true), Map.of()));
            assertTrue(e.getMessage().startsWith("This connection rule does not support symmetric connections."));
            assertThrows(KernelException.class, () -> sim.connect(a, a, Map.of("rule", "one_to_one",
                    "make_symmetric", true), Map.of("weight", RandomParameter.uniform(0, 1))));
            sim.connect(a, a.slice(0, 3), Map.of("rule", "one_to_one", "make_symmetric", true),
                    Map.of("weight", new double[] {1, 2, 3}));
            assertEquals(6L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void mirroredConnectionsGetTheSameWeightAndDelay() {
        try (Simulator sim = Fixtures.simulator()) {
            // every neuron spikes at stamps 5, 10, 15, ...; the tiny weights do not move those times
            NodeCollection n = sim.create("test_leaky", 4, Map.of("I_e", 20.0));
            sim.connect(new long[] {1, 3}, new long[] {2, 4}, Map.of("make_symmetric", true),
                    Map.of("weight", new double[] {0.001, 0.002}, "delay", List.of(0.7, 1.3)));
            assertEquals(4L, sim.getKernelStatus("num_connections"));
            sim.simulate(3.0);
            assertArrayEquals(new double[] {11, 11, 17, 17}, n.getValues("first_input_step"));
            double[] sums = n.getValues("input_sum");
            assertEquals(4 * 0.001, sums[0], 1e-15);
            assertEquals(4 * 0.001, sums[1], 1e-15);
            assertEquals(3 * 0.002, sums[2], 1e-15);
            assertEquals(3 * 0.002, sums[3], 1e-15);
        }
    }

    @Test
    void gapJunctionsNeedSymmetryAndGapCapableEnds() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gap = sim.create("test_gap", 3);
            NodeCollection plain = sim.create("test_leaky", 1);
            BadPropertyException sym = assertThrows(BadPropertyException.class,
                    () -> sim.connect(gap, gap, Map.of("rule", "one_to_one"), GAP));
            assertTrue(sym.getMessage().contains("can only be created as one-to-one connections with "
                    + "\"make_symmetric\" set to true"), sym.getMessage());
            assertThrows(BadPropertyException.class, () -> sim.connect(gap, gap.slice(0, 3), Map.of(), GAP));
            assertThrows(BadPropertyException.class,
                    () -> sim.connect(gap, gap, Map.of(), Map.of("synapse_model", "gap_junction", "weight",
                            new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9})));
            sim.connect(gap, gap, Map.of(), GAP);
            assertEquals(9L, sim.getKernelStatus("num_connections"));
            String delay = assertThrows(BadPropertyException.class, () -> sim.connect(gap, gap, Map.of(),
                    Map.of("synapse_model", "gap_junction", "delay", 2.0))).getMessage();
            assertTrue(delay.contains("gap_junction connection has no delay"), delay);
            String source = assertThrows(IllegalConnectionException.class, () -> sim.connect(new long[] {4},
                    new long[] {1}, Map.of("make_symmetric", true), GAP)).getMessage();
            assertTrue(source.startsWith("The source node does not support gap junction output"), source);
            assertTrue(source.contains("node 4, test_leaky"), source);
            String target = assertThrows(IllegalConnectionException.class, () -> sim.connect(new long[] {1},
                    new long[] {4}, Map.of("make_symmetric", true), GAP)).getMessage();
            assertTrue(target.startsWith("The target node or synapse model does not support gap junction input"));
            assertEquals(9L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void recordersAndDevicesOnlyWhereTheyMakeSense() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 2);
            NodeCollection sr = sim.create("spike_recorder", 1);
            NodeCollection mm = sim.create("multimeter", 1);
            NodeCollection gen = sim.create("test_poisson", 1);
            String wrongWay = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(sr, n, Map.of(), Map.of())).getMessage();
            assertTrue(wrongWay.contains("node 3 (spike_recorder)"), wrongWay);
            assertThrows(IllegalConnectionException.class, () -> sim.connect(n, mm, Map.of(), Map.of()));
            assertThrows(IllegalConnectionException.class, () -> sim.connect(n, gen, Map.of(), Map.of()));
            assertThrows(IllegalConnectionException.class, () -> sim.connect(mm, sr, Map.of(), Map.of()));
            sim.connect(n, sr, Map.of(), Map.of());
            sim.connect(mm, n, Map.of(), Map.of());
            sim.connect(gen, n, Map.of(), Map.of());
            sim.connect(gen, sr, Map.of(), Map.of()); // a spike recorder records a generator's own train
            assertEquals(7L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void aRuleThatDrawsAtRandomCannotTargetARecorder() {
        // NEST: "Cannot use this rule to connect to nodes without proxies (usually devices)"
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 3);
            NodeCollection sr = sim.create("spike_recorder", 2);
            NodeCollection mm = sim.create("multimeter", 1);
            String message = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(n, sr, Map.of("rule", "fixed_indegree", "indegree", 1), Map.of())).getMessage();
            assertTrue(message.contains("node 4 (spike_recorder) with rule fixed_indegree"), message);
            assertEquals(0L, sim.getKernelStatus("num_connections"));
            // rules that name every pair may, and a recorder as the source of a random rule is fine
            sim.connect(n, sr, Map.of("rule", "all_to_all"), Map.of());
            sim.connect(mm, n, Map.of("rule", "fixed_indegree", "indegree", 1), Map.of());
            assertEquals(9L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void aStateRecorderSamplesANodeThroughOneConnection() {
        // NEST: "Each multimeter can only be connected once to a given node"; a second link doubled every sample
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 3);
            NodeCollection mm = sim.create("multimeter", 2);
            sim.connect(mm.slice(0, 1), n.slice(0, 2), Map.of(), Map.of());
            String again = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(mm.slice(0, 1), n, Map.of(), Map.of())).getMessage();
            assertTrue(again.contains("node 4 (multimeter) is connected to node 1 (test_leaky) already"), again);
            assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(new long[] {5, 5}, new long[] {3, 3}, Map.of(), Map.of()));
            assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(new long[] {4}, new long[] {2}, Map.of(), Map.of()));
            // all or nothing: the refused calls made no connection; other pairs are fine
            assertEquals(2L, sim.getKernelStatus("num_connections"));
            sim.connect(mm.slice(0, 1), n.slice(2, 3), Map.of(), Map.of());
            sim.connect(mm.slice(1, 2), n, Map.of(), Map.of());
            assertEquals(6L, sim.getKernelStatus("num_connections"));
        }
    }

    @Test
    void pairByPairConnectsAddUpToOneCall() {
        // The cost of pair-by-pair connect (the gallery script's loop) is measured in
        // benchmarks/ConnectionCost, never here: timed assertions fail on a loaded machine.
        try (Simulator sim = Fixtures.simulator()) {
            sim.create("test_gap", 500);
            java.util.Random random = new java.util.Random(1);
            long[] s = new long[15000];
            long[] t = new long[15000];
            for (int k = 0; k < s.length; k++) {
                s[k] = 1 + random.nextInt(500);
                t[k] = 1 + random.nextInt(500);
            }
            Map<String, Object> sym = Map.of("rule", "one_to_one", "make_symmetric", true);
            Map<String, Object> syn = Map.of("synapse_model", "gap_junction", "weight", 0.3);
            sim.connect(s, t, sym, syn);
            assertEquals(30000L, sim.getKernelStatus("num_connections"));
            for (int k = 0; k < s.length; k++) {
                sim.connect(new long[] {s[k]}, new long[] {t[k]}, sym, syn);
            }
            assertEquals(60000L, sim.getKernelStatus("num_connections"));
        }
    }
}
