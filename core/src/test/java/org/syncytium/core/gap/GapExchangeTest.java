package org.syncytium.core.gap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestPopulation;
import org.syncytium.core.fixtures.TestPopulation.Seen;

/** S_i = Σ g and C_i = Σ g · out_partner, against a hand computation. */
class GapExchangeTest {
    @Test
    void sumsMatchAHandComputation() {
        TestNeuronModel gapModel = TestNeuronModel.gap();
        try (Simulator sim = Fixtures.simulatorReplacing(2, gapModel)) {
            sim.setKernelStatus(Map.of("total_num_virtual_procs", 2, "wfr_max_iterations", 2));
            NodeCollection n = sim.create("test_gap", 3, Map.of("V_m", new double[] {1, 10, 100}, "V_th", 1e9));
            sim.connect(new long[] {1, 2, 3}, new long[] {2, 3, 3}, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", new double[] {0.5, 0.25, 2.0}));
            assertEquals(6L, sim.getKernelStatus("num_connections"));
            assertEquals(1.0, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            sim.simulate(1.0);
            double[] vEnd = n.getValues("V_m");
            sim.simulate(0.1);
            TestPopulation population = gapModel.last();
            int d = population.sliceSteps();
            assertEquals(10, d);
            double[] expectedS = {0.5, 0.5 + 0.25, 0.25 + 2.0 + 2.0};
            double[] v0 = {1, 10, 100};
            double[] firstSum = {0.5 * v0[1], 0.5 * v0[0] + 0.25 * v0[2], 0.25 * v0[1] + 2.0 * v0[2] + 2.0 * v0[2]};
            double[] endSum = {0.5 * vEnd[1], 0.5 * vEnd[0] + 0.25 * vEnd[2],
                0.25 * vEnd[1] + 2.0 * vEnd[2] + 2.0 * vEnd[2]};
            for (int i = 0; i < 3; i++) {
                List<Seen> trials0 = seen(population, 0, true, i);
                assertEquals(2, trials0.size());
                assertEquals(0.0, trials0.get(0).s());
                assertArrayEquals(new double[40], trials0.get(0).c());
                Seen second = trials0.get(1);
                assertEquals(expectedS[i], second.s());
                for (int q = 0; q < 4; q++) {
                    assertEquals(firstSum[i] * (q + 1), second.c()[q], "C[0][" + q + "] of neuron " + i);
                }
                // the next slice starts from the constant extrapolation of the end-of-slice voltages
                Seen next = seen(population, 10, true, i).get(0);
                assertEquals(expectedS[i], next.s());
                for (int l = 0; l < d; l++) {
                    assertEquals(endSum[i], next.c()[l * 4], "C[" + l + "][0] of neuron " + i);
                    for (int q = 1; q < 4; q++) {
                        assertEquals(0.0, next.c()[l * 4 + q]);
                    }
                }
            }
            assertEquals(2.0, (Double) sim.getKernelStatus("wfr_iterations_mean"));
            assertEquals(Map.of(2, 2L), sim.getKernelStatus("wfr_iterations_histogram"));
            // where the time went: every phase of a gap-coupled run took some, and is reported
            for (String phase : List.of("time_deliver", "time_wfr_trial", "time_gap_exchange", "time_update",
                    "time_route")) {
                assertTrue((Double) sim.getKernelStatus(phase) > 0.0, phase);
            }
        }
    }

    private static List<Seen> seen(TestPopulation population, long origin, boolean trial, int i) {
        synchronized (population.seen) {
            return population.seen.stream().filter(s -> s.origin() == origin && s.trial() == trial && s.i() == i)
                    .toList();
        }
    }
}
