package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;

/**
 * Slices do not allocate: a run of 100 more slices allocates (almost) nothing more than a short one,
 * also with waveform relaxation (trial passes and exchanges every iteration).
 */
class AllocationTest {
    private static long allocatedBy(Simulator sim, double ms) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        sim.simulate(ms);
        return bean.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void theSliceLoopIsAllocationFree() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 200, Map.of("V_th", 12.0));
            NodeCollection poisson = sim.create("test_poisson", 1, Map.of("rate", 5000.0));
            sim.connect(poisson, n, Map.of(), Map.of("weight", 2.0, "delay", 1.0));
            sim.connect(n, n, Map.of("rule", "fixed_indegree", "indegree", 10), Map.of("weight", 0.5, "delay", 1.5));
            for (int warm = 0; warm < 5; warm++) {
                allocatedBy(sim, 20.0);
            }
            long shortRun = allocatedBy(sim, 10.0);
            long longRun = allocatedBy(sim, 110.0);
            assertTrue(longRun - shortRun < 8_000, "100 slices allocated " + (longRun - shortRun) + " bytes more");
        }
    }

    @Test
    void waveformRelaxationIterationsAreAllocationFree() {
        TestNeuronModel gapModel = TestNeuronModel.gap();
        try (Simulator sim = Fixtures.simulatorReplacing(2, gapModel)) {
            sim.setKernelStatus(Map.of("total_num_virtual_procs", 2));
            NodeCollection n = sim.create("test_gap", 100, Map.of("V_th", 1e9));
            gapModel.last().traceInputs = false; // the fixture's own bookkeeping would allocate
            n.set("V_m", java.util.stream.IntStream.range(0, 100).mapToDouble(i -> i % 7).toArray());
            long[] sources = new long[300];
            long[] targets = new long[300];
            for (int k = 0; k < 300; k++) {
                sources[k] = n.id(k % 100);
                targets[k] = n.id((k * 37 + 11) % 100);
            }
            sim.connect(sources, targets, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", 0.2));
            for (int warm = 0; warm < 5; warm++) {
                allocatedBy(sim, 20.0);
            }
            long shortRun = allocatedBy(sim, 10.0);
            long longRun = allocatedBy(sim, 110.0);
            // 100 slices, each with several trial passes and exchanges
            assertTrue((Double) sim.getKernelStatus("wfr_iterations_mean") >= 2.0);
            assertTrue(longRun - shortRun < 8_000, "100 WFR slices allocated " + (longRun - shortRun) + " bytes more");
        }
    }
}
