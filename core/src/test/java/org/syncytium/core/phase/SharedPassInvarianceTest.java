package org.syncytium.core.phase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.Kernels;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.SplitPolicy;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestPopulation;
import org.syncytium.core.fixtures.TestPopulation.Seen;

/**
 * Shared trial passes ({@link SharedTrialPass}): whichever worker takes a neuron, every pass sees
 * the input and gives the result of the one-thread run, bit for bit, with the pull riding on the
 * neuron (each neuron's gap input is pulled by the worker that takes it).
 */
class SharedPassInvarianceTest {
    private static final int N = 300;

    private record Run(Map<String, List<String>> inputs, double[] v, Object histogram,
            Map<Integer, java.util.Set<String>> threads) {
    }

    private static Run run(int threads, boolean share, int[] slowNeurons, Map<String, Object> kernel, double... chunks) {
        TestNeuronModel gapModel = TestNeuronModel.gap();
        List<Extension> extensions = Fixtures.all();
        extensions.removeIf(e -> e.name().equals("test_gap"));
        extensions.add(gapModel);
        try (Simulator sim = Kernels.factory(extensions, new MachineOptions(threads, s -> { }, SplitPolicy.EQUAL))
                .newSimulator()) {
            Map<String, Object> status = new LinkedHashMap<>(kernel);
            status.put("total_num_virtual_procs", threads);
            sim.setKernelStatus(status);
            double[] v0 = new double[N];
            double[] drive = new double[N];
            for (int i = 0; i < N; i++) {
                v0[i] = -1.0 + 2.0 * ((i * 37) % N) / N;
                drive[i] = 0.5 + (i % 7) * 0.25;
            }
            NodeCollection n = sim.create("test_gap", N, Map.of("V_m", v0, "I_e", drive, "V_th", 1e9));
            TestPopulation population = gapModel.last();
            population.sharesPasses = share;
            population.slowNeurons = slowNeurons;
            List<long[]> pairs = new ArrayList<>();
            for (int i = 1; i <= N; i++) {
                pairs.add(new long[] {i, 1 + (i * 7 + 3) % N});
                pairs.add(new long[] {i, 1 + (i * 13 + 5) % N});
                pairs.add(new long[] {i, 1 + (i * 31 + 11) % N});
            }
            long[] sources = pairs.stream().mapToLong(p -> p[0]).toArray();
            long[] targets = pairs.stream().mapToLong(p -> p[1]).toArray();
            double[] weights = new double[pairs.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = 0.01 + (k % 11) * 0.005;
            }
            sim.connect(sources, targets, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", weights));
            for (double ms : chunks) {
                sim.simulate(ms);
            }
            Map<String, List<String>> inputs = new LinkedHashMap<>();
            synchronized (population.seen) {
                for (Seen s : population.seen) {
                    inputs.computeIfAbsent(s.origin() + "/" + s.i(), key -> new ArrayList<>())
                            .add((s.trial() ? "trial " : "final ") + s.s() + " " + Arrays.toString(s.c()));
                }
            }
            return new Run(new TreeMap<>(inputs), n.getValues("V_m"), sim.getKernelStatus("wfr_iterations_histogram"),
                    new TreeMap<>(population.trialThreads));
        }
    }

    private static void assertSame(Run reference, Run run, String what) {
        assertEquals(reference.inputs().size(), run.inputs().size(), what + ": slices x neurons");
        for (Map.Entry<String, List<String>> e : reference.inputs().entrySet()) {
            assertEquals(e.getValue(), run.inputs().get(e.getKey()), what + ": inputs of slice/neuron " + e.getKey());
        }
        assertArrayEquals(reference.v(), run.v(), what + ": V_m");
        assertEquals(reference.histogram(), run.histogram(), what + ": WFR passes");
    }

    @Test
    void sharedPassesGiveTheOneThreadBitsAndMoveNeuronsBetweenWorkers() {
        Map<String, Object> fixed = Map.of("wfr_tol", 0.0, "wfr_max_iterations", 4);
        Run reference = run(1, false, new int[0], fixed, 5.0);
        assertEquals(5 * N, reference.inputs().size());
        // fixed ranges (EQUAL) and fixed costs: only a shared pass moves a neuron to another worker,
        // when a slow neuron holds up the worker that takes it and the others empty their lines and
        // take from the back of its line; the first and the last neuron are slow in alternate slices
        for (int threads = 2; threads <= 3; threads++) {
            Run shared = run(threads, true, new int[] {0, N - 1}, fixed, 5.0);
            assertSame(reference, shared, threads + " workers sharing");
            long moved = shared.threads().values().stream().filter(names -> names.size() > 1).count();
            assertTrue(moved > 0, threads + " workers: no neuron was ever taken by another worker");
            assertEquals(threads, shared.threads().values().stream().flatMap(java.util.Set::stream).distinct().count(),
                    "every worker should take neurons");
        }
        assertSame(reference, run(2, false, new int[0], fixed, 5.0), "fixed ranges");
    }

    @Test
    void convergingSlicesAndRunsEndingInsideSlicesAreThoseOfOneThread() {
        Map<String, Object> converging = Map.of("wfr_tol", 1e-7, "wfr_max_iterations", 30);
        Run reference = run(1, false, new int[0], converging, 6.0);
        assertSame(reference, run(2, true, new int[] {7}, converging, 6.0), "shared, converging");
        Run pieces = run(2, true, new int[] {7}, converging, 2.3, 0.0, 1.1, 2.6);
        assertArrayEquals(reference.v(), pieces.v(), "V_m after simulate calls ending inside slices");
        assertEquals(reference.histogram(), pieces.histogram());
    }
}
