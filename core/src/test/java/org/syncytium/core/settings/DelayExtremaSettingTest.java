package org.syncytium.core.settings;

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

/** NEST's user-set delay extrema: min_delay and max_delay set together before connecting. */
class DelayExtremaSettingTest {
    private static final Map<String, Object> GAP_SYM = Map.of("make_symmetric", true);
    private static final Map<String, Object> GAP = Map.of("synapse_model", "gap_junction", "weight", 0.1);

    @Test
    void setExtremaAreRoundedOutwardAndBoundEveryDelay() {
        try (Simulator sim = Fixtures.simulator()) {
            // NEST's regression test of issue 105: min_delay rounds down, max_delay up
            sim.setKernelStatus(Map.of("min_delay", 0.89, "max_delay", 1.49));
            assertEquals(0.8, sim.getKernelStatus("min_delay"));
            assertEquals(1.5, sim.getKernelStatus("max_delay"));
            NodeCollection n = sim.create("test_leaky", 2);
            sim.connect(n, n, Map.of("rule", "one_to_one"), Map.of("delay", 0.89));
            sim.connect(n, n, Map.of("rule", "one_to_one"), Map.of("delay", 1.49));
            String low = assertThrows(BadPropertyException.class,
                    () -> sim.connect(n, n, Map.of("rule", "one_to_one"), Map.of("delay", 0.7))).getMessage();
            assertTrue(low.contains("delay = 0.7 must be at least min_delay (0.8 ms)"), low);
            assertThrows(BadPropertyException.class,
                    () -> sim.connect(n, n, Map.of("rule", "one_to_one"), Map.of("delay", 1.6)));
            // the default delay of 1 ms lies inside, so a connection without one is fine
            sim.connect(n, n, Map.of("rule", "one_to_one"), Map.of());
            assertEquals(6L, sim.getKernelStatus("num_connections"));
            // the connections do not move the extrema that were set
            assertEquals(0.8, sim.getKernelStatus("min_delay"));
            assertEquals(1.5, sim.getKernelStatus("max_delay"));
        }
    }

    @Test
    void theExtremaAreSetTogetherAndOnlyBeforeConnecting() {
        try (Simulator sim = Fixtures.simulator()) {
            String alone = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("min_delay", 0.5))).getMessage();
            assertTrue(alone.contains("must be set together with max_delay"), alone);
            String small = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("min_delay", 0.05, "max_delay", 1.0))).getMessage();
            assertTrue(small.contains("min_delay = 0.05 must be at least the resolution"), small);
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("min_delay", 2.0, "max_delay", 1.0)));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("min_delay", -1.0, "max_delay", 1.0)));
            // nothing of a refused call is kept
            assertEquals(1.0, sim.getKernelStatus("min_delay"));
            NodeCollection n = sim.create("test_leaky", 2);
            sim.setKernelStatus(Map.of("min_delay", 0.5, "max_delay", 3.0)); // nodes, but no connections yet
            sim.connect(n.slice(0, 1), n.slice(1, 2), Map.of(), Map.of("delay", 2.0));
            String late = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("min_delay", 0.2, "max_delay", 3.0))).getMessage();
            assertTrue(late.contains("before connections have been created"), late);
            assertEquals(0.5, sim.getKernelStatus("min_delay"));
        }
    }

    @Test
    void aNewResolutionRoundsTheExtremaAgain() {
        try (Simulator sim = Fixtures.simulator()) {
            // NEST's test_delay_after_res_change
            sim.setKernelStatus(Map.of("resolution", 0.1, "min_delay", 2.1, "max_delay", 12.3));
            sim.setKernelStatus(Map.of("resolution", 0.001));
            assertEquals(2.1, sim.getKernelStatus("min_delay"));
            assertEquals(12.3, sim.getKernelStatus("max_delay"));
            sim.setKernelStatus(Map.of("resolution", 1.0));
            assertEquals(2.0, sim.getKernelStatus("min_delay"));
            assertEquals(13.0, sim.getKernelStatus("max_delay"));
            String coarse = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("resolution", 4.0))).getMessage();
            assertTrue(coarse.contains("min_delay = 2.0 must be at least the resolution (4.0 ms)"), coarse);
            assertEquals(1.0, sim.getKernelStatus("resolution"));
        }
    }

    @Test
    void aShorterSliceThanTheDelaysGivesTheSameRun() {
        double[][] firstAndSum = new double[2][];
        for (int run = 0; run < 2; run++) {
            try (Simulator sim = Fixtures.simulator()) {
                if (run == 1) {
                    sim.setKernelStatus(Map.of("min_delay", 0.3, "max_delay", 2.0));
                }
                NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0));
                NodeCollection target = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
                sim.connect(source, target, Map.of(), Map.of("weight", 1.5, "delay", 2.0));
                assertEquals(run == 1 ? 0.3 : 2.0, sim.getKernelStatus("min_delay"));
                sim.simulate(7.0);
                firstAndSum[run] = new double[] {target.getValues("first_input_step")[0],
                        target.getValues("last_input_step")[0], target.getValues("input_sum")[0]};
            }
        }
        assertEquals(24.0, firstAndSum[0][0]); // stamp 5 over 20 steps, as in DelayTimingTest
        assertArrayEquals(firstAndSum[0], firstAndSum[1]);
    }

    @Test
    void gapJunctionsMustExchangeWithinTheSetExtrema() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("min_delay", 2.0, "max_delay", 3.0));
            NodeCollection n = sim.create("test_gap", 2);
            sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
            String message = assertThrows(KernelException.class, () -> sim.simulate(4.0)).getMessage();
            assertTrue(message.contains("gap junctions exchange every 1.0 ms")
                    && message.contains("outside min_delay 2.0 ms to max_delay 3.0 ms"), message);
            assertEquals(0.0, sim.getKernelStatus("biological_time"));
        }
        try (Simulator sim = Fixtures.simulator()) {
            // inside them the run exchanges every min_delay, as NEST's waveform relaxation does
            sim.setKernelStatus(Map.of("min_delay", 0.5, "max_delay", 3.0));
            NodeCollection n = sim.create("test_gap", 2);
            sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
            sim.simulate(2.0);
            assertEquals(0.5, sim.getKernelStatus("min_delay"));
            assertEquals(2.0, sim.getKernelStatus("biological_time"));
        }
    }
}
