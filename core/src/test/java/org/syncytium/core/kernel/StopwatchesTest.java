package org.syncytium.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.core.fixtures.Fixtures;

/** NEST's stopwatches in the kernel status: construction adds up, time_simulate is the latest call. */
class StopwatchesTest {

    private static double seconds(Simulator sim, String key) {
        return ((Number) sim.getKernelStatus(key)).doubleValue();
    }

    @Test
    void constructionAddsUpAndSimulateIsTheLatestCall() {
        try (Simulator sim = Fixtures.simulator()) {
            assertEquals(0.0, seconds(sim, "time_construction_create"));
            assertEquals(0.0, seconds(sim, "time_simulate"));
            NodeCollection n = sim.create("test_leaky", 2000);
            double created = seconds(sim, "time_construction_create");
            assertTrue(created > 0);
            sim.connect(n, n, Map.of("rule", "fixed_indegree", "indegree", 10), Map.of());
            assertTrue(seconds(sim, "time_construction_connect") > 0);
            sim.create("test_leaky", 1);
            assertTrue(seconds(sim, "time_construction_create") > created, "creating adds up");
            sim.simulate(20.0);
            assertTrue(seconds(sim, "time_simulate") > 0);
        }
    }

    @Test
    void simulateKeepsTheLatestCallAsNestResetsItAtEverySimulate() {
        Stopwatches watches = new Stopwatches();
        watches.addCreate(2_000_000_000L);
        watches.addCreate(500_000_000L);
        watches.setSimulate(3_000_000_000L);
        watches.setSimulate(1_000_000L);
        assertEquals(2.5, watches.seconds().get("time_construction_create"), 1e-12);
        assertEquals(0.001, watches.seconds().get("time_simulate"), 1e-12);
    }
}
