package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Connections;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.fixtures.Fixtures;

/**
 * syn_spec's {@code receptor_type}: spikes reach the receptor their connection names (NEST's
 * multi-receptor models, NESTML's spike ports), each split by sign; a one-receptor model takes
 * receptor 0 only and a multi-receptor model 1 to R; GetConnections lists each connection's receptor.
 */
class ReceptorTypeTest {

    @Test
    void spikesFromNeuronsAndDevicesReachTheReceptorTheirConnectionNames() {
        for (int threads : new int[] {1, 2}) {
            try (Simulator sim = Fixtures.simulator(threads)) {
                NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0, "V_th", 1.0));
                NodeCollection target = sim.create("test_receptors", 3, Map.of("V_th", 1e9));
                NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 5, "multiplicity", 2));
                sim.connect(source, target.slice(0, 1), Map.of(), Map.of("weight", 2.0, "receptor_type", 1));
                sim.connect(source, target.slice(0, 1), Map.of(), Map.of("weight", -3.0, "receptor_type", 1));
                sim.connect(source, target.slice(1, 2), Map.of(), Map.of("weight", -0.5, "receptor_type", 2));
                sim.connect(gen, target.slice(2, 3), Map.of(), Map.of("weight", 1.5, "receptor_type", 2));
                sim.simulate(2.0);
                // the source spikes every step (I_e·h = 2 > V_th): 19 spikes arrive within 2 ms at delay 1 step
                double[] ampaEx = target.getValues("receptor_ex_1");
                double[] ampaIn = target.getValues("receptor_in_1");
                double[] gabaEx = target.getValues("receptor_ex_2");
                double[] gabaIn = target.getValues("receptor_in_2");
                double arrived = ampaEx[0] / 2.0;
                assertTrue(arrived > 0, "spikes arrive");
                assertArrayEquals(new double[] {2.0 * arrived, 0, 0}, ampaEx, 1e-12);
                assertArrayEquals(new double[] {-3.0 * arrived, 0, 0}, ampaIn, 1e-12);
                assertArrayEquals(new double[] {0, -0.5 * arrived, 0}, gabaIn, 1e-12);
                assertArrayEquals(new double[] {0, 0, 3.0}, gabaEx, 1e-12, "the generator's two spikes on GABA");
                double[] total = target.getValues("input_sum");
                for (int i = 0; i < 3; i++) {
                    assertEquals(ampaEx[i] + ampaIn[i] + gabaEx[i] + gabaIn[i], total[i], 1e-12,
                            "all input came through the receptors");
                }
                Connections listed = sim.getConnections(null, target.ids(), null);
                assertArrayEquals(new int[] {1, 1, 2, 2}, sortedReceptors(listed));
            }
        }
    }

    private static int[] sortedReceptors(Connections c) {
        int[] r = c.receptors();
        java.util.Arrays.sort(r);
        return r;
    }

    @Test
    void aReceptorTheTargetDoesNotHaveIsRefusedBeforeAnythingIsStored() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection plain = sim.create("test_leaky", 2);
            NodeCollection multi = sim.create("test_receptors", 2);
            NodeCollection dc = sim.create("test_dc", 1);
            IllegalConnectionException zero = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(plain, multi, Map.of(), Map.of()));
            assertTrue(zero.getMessage().contains("receptor type 0 is not available in node 3 (test_receptors)")
                    && zero.getMessage().contains("AMPA=1, GABA=2"), zero.getMessage());
            IllegalConnectionException three = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(plain, multi, Map.of(), Map.of("receptor_type", 3)));
            assertTrue(three.getMessage().contains("receptor type 3"), three.getMessage());
            IllegalConnectionException one = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(multi, plain, Map.of(), Map.of("receptor_type", 1)));
            assertTrue(one.getMessage().contains("its model has one receptor, 0"), one.getMessage());
            IllegalConnectionException current = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(dc, multi, Map.of(), Map.of("receptor_type", 1)));
            assertTrue(current.getMessage().contains("only spike connections into neurons choose a receptor"),
                    current.getMessage());
            BadPropertyException notInteger = assertThrows(BadPropertyException.class,
                    () -> sim.connect(plain, multi, Map.of(), Map.of("receptor_type", 1.5)));
            assertTrue(notInteger.getMessage().contains("receptor_type"), notInteger.getMessage());
            assertThrows(BadPropertyException.class,
                    () -> sim.connect(plain, multi, Map.of(), Map.of("receptor_type", "AMPA")));
            assertEquals(0, sim.getConnections(null, null, null).size(), "nothing was stored");
            // array connect: the same check, per pair
            assertThrows(IllegalConnectionException.class, () -> sim.connect(new long[] {1, 2},
                    new long[] {3, 1}, Map.of(), Map.of("receptor_type", 1)));
            assertEquals(0, sim.getConnections(null, null, null).size());
            sim.connect(new long[] {1, 2}, new long[] {3, 4}, Map.of(), Map.of("receptor_type", 2));
            assertArrayEquals(new int[] {2, 2}, sim.getConnections(null, null, null).receptors());
            // one receptor per connection, as NEST takes an array; each element checked against its target
            sim.connect(new long[] {1, 2}, new long[] {4, 3}, Map.of(), Map.of("receptor_type", new double[] {1, 2}));
            assertArrayEquals(new int[] {1}, sim.getConnections(new long[] {1}, new long[] {4}, null).receptors());
            assertArrayEquals(new int[] {2}, sim.getConnections(new long[] {2}, new long[] {3}, null).receptors());
            BadPropertyException element = assertThrows(BadPropertyException.class, () -> sim.connect(plain, multi,
                    Map.of("rule", "one_to_one"), Map.of("receptor_type", new double[] {1, 2.5})));
            assertTrue(element.getMessage().contains("2.5 must be a whole number from 0 to 255 (an element"),
                    element.getMessage());
            assertThrows(IllegalConnectionException.class, () -> sim.connect(plain, multi, Map.of("rule", "one_to_one"),
                    Map.of("receptor_type", new double[] {1, 3})));
            assertThrows(BadPropertyException.class, () -> sim.connect(plain, multi, Map.of("rule", "one_to_one"),
                    Map.of("receptor_type", new double[] {1, 2, 1})), "one per connection");
            assertEquals(4, sim.getConnections(null, null, null).size(), "the refused calls stored nothing");
        }
    }

    @Test
    void aRandomReceptorTypeIsDrawnPerConnectionFromTheSeedAndEachDrawIsChecked() {
        // PyNEST's receptor_type = nest.random.uniform_int(2) + 1: receptors 1 and 2
        RandomParameter oneOrTwo = new RandomParameter("uniform_int", List.of(2.0), 1.0, 1.0);
        int[] first = null;
        for (long seed : new long[] {5, 5, 6}) {
            try (Simulator sim = Fixtures.simulator()) {
                sim.setKernelStatus(Map.of("rng_seed", seed));
                NodeCollection sources = sim.create("test_leaky", 20);
                NodeCollection targets = sim.create("test_receptors", 10);
                sim.connect(sources, targets, Map.of(), Map.of("receptor_type", oneOrTwo));
                int[] drawn = sim.getConnections(null, null, null).receptors();
                assertEquals(200, drawn.length);
                long ones = java.util.Arrays.stream(drawn).filter(r -> r == 1).count();
                long twos = java.util.Arrays.stream(drawn).filter(r -> r == 2).count();
                assertEquals(200, ones + twos, "only receptors 1 and 2");
                assertTrue(ones > 60 && twos > 60, ones + " ones, " + twos + " twos");
                if (first == null) {
                    first = drawn;
                } else if (seed == 5) {
                    assertArrayEquals(first, drawn, "the same seed draws the same receptors");
                } else {
                    assertTrue(!java.util.Arrays.equals(first, drawn), "another seed, other receptors");
                }
            }
        }
    }

    @Test
    void aRandomReceptorTypeThatDrawsAnInvalidReceptorStoresNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection plain = sim.create("test_leaky", 20);
            NodeCollection multi = sim.create("test_receptors", 10);
            // uniform_int(2) alone draws receptor 0, which a model with receptors 1 and 2 does not have
            assertThrows(IllegalConnectionException.class, () -> sim.connect(plain, multi, Map.of(),
                    Map.of("receptor_type", new RandomParameter("uniform_int", List.of(2.0)))));
            BadPropertyException fraction = assertThrows(BadPropertyException.class, () -> sim.connect(plain, multi,
                    Map.of(), Map.of("receptor_type", new RandomParameter("uniform", List.of(1.0, 2.0)))));
            assertTrue(fraction.getMessage().contains("must be a whole number from 0 to 255 (drawn for connection"),
                    fraction.getMessage());
            assertThrows(org.syncytium.api.error.KernelException.class, () -> sim.connect(plain, plain,
                    Map.of("rule", "one_to_one", "make_symmetric", true),
                    Map.of("receptor_type", new RandomParameter("uniform_int", List.of(1.0)))));
            assertEquals(0, sim.getConnections(null, null, null).size(), "nothing was stored");
        }
    }
}
