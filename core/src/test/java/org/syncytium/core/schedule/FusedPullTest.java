package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.Kernels;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.SplitPolicy;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestPopulation;
import org.syncytium.core.fixtures.TestPopulation.Seen;
import org.syncytium.core.fixtures.TestSolver;

/**
 * The gap pull rides on the next pass (each worker pulls the neurons it then integrates, while the
 * pass writes the other of two waveform arrays) and the constant pull on the next input delivery.
 * Every pass must still see exactly the input the one-thread run sees: the sums over the
 * waveforms of the pass before, never a mixture with the ones being written.
 *
 * <p>The race this guards against is provoked: with two threads worker 0 gets one neuron, which
 * is every other neuron's partner, so it has written that neuron's new waveform long before
 * worker 1 has pulled its 399 neurons; a pass writing the published array would show up in their
 * inputs.
 */
class FusedPullTest {
    private static final int N = 400;

    /** Worker 0 keeps one neuron, worker 1 the rest (after the first pass, which splits equally). */
    private static final SplitPolicy ONE_AND_REST = (previous, costs, next) -> {
        System.arraycopy(previous, 0, next, 0, previous.length);
        if (previous.length == 3 && previous[2] - previous[0] > 1) {
            next[1] = previous[0] + 1;
        }
    };

    private record Run(Map<String, List<String>> inputs, double[] v, Object histogram) {
    }

    private static Run run(int cores, SplitPolicy split, CouplingSolver wfr, Map<String, Object> kernel,
            double... chunks) {
        TestNeuronModel gapModel = TestNeuronModel.gap();
        List<Extension> extensions = Fixtures.all();
        extensions.removeIf(e -> e.name().equals("test_gap") || wfr != null && e.name().equals("wfr"));
        extensions.add(gapModel);
        if (wfr != null) {
            extensions.add(wfr);
        }
        try (Simulator sim = Kernels.factory(extensions, new MachineOptions(cores, s -> { }, split)).newSimulator()) {
            Map<String, Object> status = new LinkedHashMap<>(kernel);
            status.put("total_num_virtual_procs", 2);
            sim.setKernelStatus(status);
            double[] v0 = new double[N];
            double[] drive = new double[N];
            for (int i = 0; i < N; i++) {
                v0[i] = -1.0 + 2.0 * ((i * 37) % N) / N;
                drive[i] = 0.5 + (i % 7) * 0.25;
            }
            NodeCollection n = sim.create("test_gap", N, Map.of("V_m", v0, "I_e", drive, "V_th", 1e9));
            // neuron 1 is every neuron's partner; each also has three others
            List<long[]> pairs = new ArrayList<>();
            for (int i = 2; i <= N; i++) {
                pairs.add(new long[] {1, i});
                pairs.add(new long[] {i, 2 + (i * 7 + 3) % (N - 1)});
                pairs.add(new long[] {i, 2 + (i * 13 + 5) % (N - 1)});
                pairs.add(new long[] {i, 2 + (i * 31 + 11) % (N - 1)});
            }
            long[] sources = pairs.stream().mapToLong(p -> p[0]).toArray();
            long[] targets = pairs.stream().mapToLong(p -> p[1]).toArray();
            double[] weights = new double[pairs.size()];
            for (int k = 0; k < weights.length; k++) {
                // small enough that neuron 1, with 399 partners, stays stable (h·S well below 2)
                weights[k] = 0.001 + (k % 11) * 0.0005;
            }
            sim.connect(sources, targets, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", weights));
            for (double ms : chunks) {
                sim.simulate(ms);
            }
            TestPopulation population = gapModel.last();
            // per slice and neuron, the inputs its passes saw, in pass order (trial or final)
            Map<String, List<String>> inputs = new LinkedHashMap<>();
            synchronized (population.seen) {
                for (Seen s : population.seen) {
                    inputs.computeIfAbsent(s.origin() + "/" + s.i(), key -> new ArrayList<>())
                            .add((s.trial() ? "trial " : "final ") + s.s() + " " + Arrays.toString(s.c()));
                }
            }
            return new Run(new java.util.TreeMap<>(inputs), n.getValues("V_m"),
                    sim.getKernelStatus("wfr_iterations_histogram"));
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
    void everyPassSeesThePullOfThePassBeforeWhateverTheWorkers() {
        // tolerance 0: never converged, so every slice takes all 4 passes and ends on the last pull
        Map<String, Object> fixed = Map.of("wfr_tol", 0.0, "wfr_max_iterations", 4);
        Run reference = run(1, SplitPolicy.EQUAL, null, fixed, 5.0);
        assertEquals(5 * N, reference.inputs().size());
        assertEquals(Map.of(4, 5L), reference.histogram());
        // 4 trial passes and the final pass per slice and neuron; inputs move from pass to pass
        List<String> first = reference.inputs().get("10/7");
        assertEquals(5, first.size());
        assertTrue(!first.get(1).equals(first.get(2)) && !first.get(3).equals(first.get(4).replace("final", "trial")),
                "the inputs should change between passes: " + first);
        for (int round = 0; round < 3; round++) {
            assertSame(reference, run(2, ONE_AND_REST, null, fixed, 5.0), "one neuron on worker 0, round " + round);
        }
        assertSame(reference, run(2, SplitPolicy.MEASURED, null, fixed, 5.0), "measured split");
    }

    @Test
    void convergenceAndTheFinalPullAreThoseOfOneThread() {
        // converging slices: the flag ends the loop, and the final pass pulls the last trial's waveforms
        Map<String, Object> converging = Map.of("wfr_tol", 1e-7, "wfr_max_iterations", 30);
        Run reference = run(1, SplitPolicy.EQUAL, null, converging, 6.0);
        @SuppressWarnings("unchecked")
        Map<Integer, Long> histogram = (Map<Integer, Long>) reference.histogram();
        assertEquals(6L, histogram.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(histogram.keySet().stream().allMatch(passes -> passes > 1 && passes < 30),
                "slices should converge after a few passes: " + histogram);
        assertSame(reference, run(2, ONE_AND_REST, null, converging, 6.0), "one neuron on worker 0");
        // simulate calls ending inside slices: the owed constant pull survives between calls
        Run pieces = run(2, ONE_AND_REST, null, converging, 2.3, 0.0, 1.1, 2.6);
        assertArrayEquals(reference.v(), pieces.v(), "V_m after simulate calls ending inside slices");
        assertEquals(reference.histogram(), pieces.histogram());
    }

    @Test
    void aSkippedNeuronKeepsItsPublishedWaveform() {
        // with a bound no change exceeds, every pass after the first of a slice skips every neuron
        // (except in the first slice, where S changes from 0 and pass 2 integrates); so the
        // waveforms published at the final pass are the same whether 2, 3 or 4 passes ran, although
        // the two waveform arrays take turns: odd and even counts end on different arrays
        Map<String, Object> kernel = Map.of("wfr_tol", 0.0);
        Run two = run(1, SplitPolicy.EQUAL, new SkipAll(2), kernel, 5.0);
        assertEquals(5 * N, two.inputs().size());
        for (int cores = 1; cores <= 2; cores++) {
            for (int passes = 3; passes <= 4; passes++) {
                Run skipping = run(cores, ONE_AND_REST, new SkipAll(passes), kernel, 5.0);
                assertEquals(two.inputs(), skipping.inputs(), cores + " threads, " + passes + " passes: inputs");
                assertArrayEquals(two.v(), skipping.v(), cores + " threads, " + passes + " passes: V_m");
            }
        }
    }

    /** "wfr" that runs {@code passes} trial passes per slice with a skip bound no change exceeds. */
    private static final class SkipAll implements CouplingSolver {
        private final CouplingSolver base = TestSolver.wfr();
        private final int passes;

        SkipAll(int passes) {
            this.passes = passes;
        }

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public String description() {
            return "skips every neuron after the first pass";
        }

        @Override
        public ParameterSchema parameters() {
            return base.parameters();
        }

        @Override
        public double communicationInterval(SolverSettings settings) {
            return base.communicationInterval(settings);
        }

        @Override
        public int interpolationOrder(SolverSettings settings) {
            return base.interpolationOrder(settings);
        }

        @Override
        public void validate(String name, Object value, SolverSettings current) {
            base.validate(name, value, current);
        }

        @Override
        public String switchName() {
            return base.switchName();
        }

        @Override
        public boolean switchValue() {
            return base.switchValue();
        }

        @Override
        public String statisticsPrefix() {
            return base.statisticsPrefix();
        }

        @Override
        public Map<String, Object> followResolution(double resolution, boolean selected, SolverSettings current) {
            return base.followResolution(resolution, selected, current);
        }

        @Override
        public int advance(CouplingSlice slice, SolverSettings settings) {
            for (int n = 0; n < passes; n++) {
                slice.trialPass(0.0, 1e300);
                slice.exchange();
            }
            slice.finalPass();
            return passes;
        }
    }
}
