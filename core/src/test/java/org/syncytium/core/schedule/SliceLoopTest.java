package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.record.Events;
import org.syncytium.core.Kernels;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestPopulation;
import org.syncytium.core.fixtures.TestRecorder;

class SliceLoopTest {
    private static final Map<String, Object> GAP_SYM = Map.of("make_symmetric", true);
    private static final Map<String, Object> GAP = Map.of("synapse_model", "gap_junction", "weight", 0.1);

    @Test
    void minDelayIncludesTheCommunicationIntervalWhenGapJunctionsExist() {
        for (double delay : new double[] {3.0, 1.0}) {
            try (Simulator sim = Fixtures.simulator()) {
                sim.setKernelStatus(Map.of("wfr_comm_interval", 2.0));
                assertEquals(1.0, (Double) sim.getKernelStatus("min_delay"), 1e-12);
                NodeCollection n = sim.create("test_gap", 2);
                sim.connect(n.slice(0, 1), n.slice(1, 2), Map.of(), Map.of("delay", delay));
                assertEquals(delay, (Double) sim.getKernelStatus("min_delay"), 1e-12);
                assertEquals(delay, (Double) sim.getKernelStatus("max_delay"), 1e-12);
                sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
                assertEquals(Math.min(delay, 2.0), (Double) sim.getKernelStatus("min_delay"), 1e-12);
                assertEquals(Math.max(delay, 2.0), (Double) sim.getKernelStatus("max_delay"), 1e-12);
                sim.setKernelStatus(Map.of("coupling_solver", "stepwise"));
                assertEquals(0.1, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            }
        }
    }

    @Test
    void deviceAndRecorderConnectionsCountForMinDelay() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_gap", 2);
            NodeCollection mm = sim.create("multimeter", 1);
            sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
            assertEquals(1.0, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            sim.connect(mm, n, Map.of(), Map.of("delay", 0.1));
            assertEquals(0.1, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            sim.simulate(0.5);
        }
    }

    @Test
    void solversSwapBetweenRunsWithoutLosingPendingSpikes() {
        try (Simulator sim = Fixtures.simulator(2)) {
            sim.setKernelStatus(Map.of("local_num_threads", 2));
            NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 9));
            NodeCollection n = sim.create("test_gap", 4, Map.of("V_th", 1e9, "V_m", new double[] {1, 2, 3, 4}));
            sim.connect(gen, n, Map.of(), Map.of("weight", 0.5, "delay", 2.0));
            sim.connect(new long[] {2, 3, 4}, new long[] {3, 4, 5}, GAP_SYM, GAP);
            sim.simulate(1.0);
            assertEquals(1.0, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            sim.setKernelStatus(Map.of("coupling_solver", "stepwise"));
            sim.simulate(1.5);
            assertEquals(0.1, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            sim.setKernelStatus(Map.of("coupling_solver", "wfr"));
            sim.simulate(1.0);
            assertEquals(3.5, (Double) sim.getKernelStatus("biological_time"), 1e-12);
            // stamp 9 + 20 steps − 1 = step 28, delivered although D changed twice on the way
            assertArrayEquals(new double[] {28, 28, 28, 28}, n.getValues("first_input_step"));
            assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, n.getValues("input_sum"));
        }
    }

    @Test
    void aSwapDuringAPartialSliceTakesEffectAtTheNextBoundary() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.create("test_gap", 2, Map.of("V_m", new double[] {1, 2}, "V_th", 1e9));
            sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
            sim.simulate(1.5);
            sim.setKernelStatus(Map.of("coupling_solver", "stepwise"));
            sim.simulate(1.0);
            // slices [0,1) and [1,2) ran with wfr (iterating; the second one was finished after
            // the swap), then 5 one-step stepwise slices, which do not count in the statistics
            @SuppressWarnings("unchecked")
            Map<Integer, Long> histogram = (Map<Integer, Long>) sim.getKernelStatus("wfr_iterations_histogram");
            assertEquals(null, histogram.get(0));
            assertEquals(2L, histogram.values().stream().mapToLong(Long::longValue).sum());
            assertEquals(2L, histogram.entrySet().stream().filter(e -> e.getKey() >= 2).mapToLong(Map.Entry::getValue)
                    .sum());
            assertEquals(0.1, (Double) sim.getKernelStatus("min_delay"), 1e-12);
        }
    }

    @Test
    void warningsArePrintedOncePerSliceAndCounted() {
        List<String> warnings = new ArrayList<>();
        try (Simulator sim = Kernels.factory(Fixtures.all(), new MachineOptions(1, warnings::add)).newSimulator()) {
            sim.setKernelStatus(Map.of("wfr_max_iterations", 1));
            sim.create("test_gap", 2, Map.of("V_m", new double[] {5, 7}));
            sim.connect(new long[] {1}, new long[] {2}, GAP_SYM, GAP);
            sim.simulate(3.0);
            assertEquals(List.of("WARNING: wfr: maximum number of iterations reached at interval 0.0-1.0 ms",
                    "WARNING: wfr: maximum number of iterations reached at interval 1.0-2.0 ms",
                    "WARNING: wfr: maximum number of iterations reached at interval 2.0-3.0 ms"), warnings);
            assertEquals(3L, sim.getKernelStatus("wfr_max_iterations_reached"));
            assertEquals(Map.of(1, 3L), sim.getKernelStatus("wfr_iterations_histogram"));
            assertEquals(1L, sim.getKernelStatus("wfr_iterations_max"));
        }
    }

    @Test
    void numericalInstabilityReachesTheCallerAsItselfAndStopsTheSimulator() {
        try (Simulator sim = Fixtures.simulator(4)) {
            sim.setKernelStatus(Map.of("total_num_virtual_procs", 4));
            NodeCollection n = sim.create("test_leaky", 8);
            n.slice(6, 7).set("explode_step", 13.0);
            NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class,
                    () -> sim.simulate(5.0));
            assertTrue(e.getMessage().contains("at t = 1.4"), e.getMessage());
            // the model names its population index (6); the kernel names the node id (7)
            assertTrue(e.getMessage().startsWith("node 7 (test_leaky): "), e.getMessage());
            assertThrows(KernelException.class, () -> sim.simulate(1.0));
        }
    }

    @Test
    void simulateTimesMustBeMultiplesOfTheResolution() {
        try (Simulator sim = Fixtures.simulator()) {
            assertThrows(BadPropertyException.class, () -> sim.simulate(0.15));
            assertThrows(BadPropertyException.class, () -> sim.simulate(-1.0));
            sim.simulate(0.0);
            sim.simulate(0.3);
            assertEquals(0.3, (Double) sim.getKernelStatus("biological_time"), 1e-12);
        }
    }

    @Test
    void multimeterSamplesOnItsGridInStampThenSenderOrder() {
        try (Simulator sim = Fixtures.simulator(3)) {
            sim.setKernelStatus(Map.of("local_num_threads", 3));
            NodeCollection n = sim.create("test_leaky", 4, Map.of("V_th", 1e9, "I_e", new double[] {1, 2, 3, 4}));
            NodeCollection mm = sim.create("multimeter", 1, Map.of("interval", 0.3));
            sim.connect(mm, n.slice(1, 4), Map.of(), Map.of());
            sim.connect(mm, n.slice(0, 1), Map.of(), Map.of());
            sim.simulate(1.0);
            Events events = mm.events();
            // stamps 3, 6, 9; per stamp by sender, whatever the order of the connections
            assertArrayEquals(new long[] {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4}, events.senders());
            double[] v = events.values("V_m");
            for (int k = 0; k < v.length; k++) {
                long stamp = Math.round(events.times()[k] * 10);
                assertEquals(0.1 * events.senders()[k] * stamp, v[k], 1e-9, "event " + k);
            }
        }
    }

    @Test
    void aMultimeterSamplesADeviceWithRecordablesBesideNeurons() {
        try (Simulator sim = Fixtures.simulator(2)) {
            sim.setKernelStatus(Map.of("local_num_threads", 2));
            NodeCollection n = sim.create("test_leaky", 1, Map.of("V_th", 1e9)); // node 1
            NodeCollection dc = sim.create("test_dc", 2, Map.of("amplitude", 5.0)); // nodes 2, 3
            NodeCollection poisson = sim.create("test_poisson", 1); // node 4
            NodeCollection mm = sim.create("multimeter", 1, Map.of("record_from", List.of("I"), "interval", 0.3));
            sim.connect(dc, n, Map.of(), Map.of());
            sim.connect(mm, dc.slice(1, 2), Map.of(), Map.of());
            sim.connect(mm, dc.slice(0, 1), Map.of(), Map.of());
            // a second link, a variable the device lacks, a device without recordables: refused
            assertThrows(IllegalConnectionException.class, () -> sim.connect(mm, dc.slice(0, 1), Map.of(), Map.of()));
            NodeCollection vm = sim.create("multimeter", 1, Map.of("record_from", List.of("V_m")));
            IllegalConnectionException wrong = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(vm, dc, Map.of(), Map.of()));
            assertTrue(wrong.getMessage().contains("recordables: [I]"), wrong.getMessage());
            assertThrows(IllegalConnectionException.class, () -> sim.connect(mm, poisson, Map.of(), Map.of()));
            sim.simulate(1.0);
            Events events = mm.events();
            // stamps 3, 6, 9 by sender; each value the step the sample ends (stamp - 1)
            assertArrayEquals(new long[] {2, 3, 2, 3, 2, 3}, events.senders());
            assertArrayEquals(new double[] {2, 2, 5, 5, 8, 8}, events.values("I"), 0.0);
            assertArrayEquals(new double[] {0.3, 0.3, 0.6, 0.6, 0.9, 0.9}, events.times(), 1e-12);
            // listed as connections, and removed as one
            long[] listed = sim.getConnections(new long[] {mm.id(0)}, null, null).targets();
            assertArrayEquals(new long[] {3, 2}, listed);
            sim.disconnect(new long[] {mm.id(0)}, new long[] {3}, new int[] {0}, new boolean[] {false});
            sim.simulate(0.3);
            assertArrayEquals(new long[] {2, 3, 2, 3, 2, 3, 2}, mm.events().senders());
        }
    }

    @Test
    void aModelAskingPerStepSamplesOnlyOnTheMultimetersGrid() {
        TestNeuronModel leaky = TestNeuronModel.leaky();
        try (Simulator sim = Fixtures.simulatorReplacing(2, leaky)) {
            sim.setKernelStatus(Map.of("local_num_threads", 2));
            NodeCollection n = sim.create("test_leaky", 3, Map.of("V_th", 1e9));
            NodeCollection mm = sim.create("multimeter", 1, Map.of("interval", 0.3));
            sim.connect(mm, n.slice(0, 2), Map.of(), Map.of());
            sim.simulate(1.0);
            TestPopulation population = leaky.last();
            // ten steps of 0.1 ms: stamps 3, 6 and 9 of the two sampled neurons, and those only
            assertEquals(6, population.samplesTaken.get());
            assertEquals(6, mm.events().senders().length);
            sim.simulate(0.5);
            // stamps 12 and 15 (the grid runs on across simulate calls)
            assertEquals(10, population.samplesTaken.get());
        }
    }

    @Test
    void stepsOutsideTheRecordingsWindowAreNotSampled() {
        TestNeuronModel leaky = TestNeuronModel.leaky();
        TestRecorder multimeter = TestRecorder.multimeter();
        try (Simulator sim = Fixtures.simulatorReplacing(2, leaky, multimeter)) {
            sim.setKernelStatus(Map.of("local_num_threads", 2));
            NodeCollection n = sim.create("test_leaky", 3, Map.of("V_th", 1e9));
            NodeCollection mm = sim.create("multimeter", 1, Map.of("interval", 0.2));
            sim.connect(mm, n.slice(0, 2), Map.of(), Map.of());
            multimeter.made.get(0).firstAcceptedStamp = 5;
            sim.simulate(1.0);
            // grid stamps 2, 4, 6, 8, 10; the window keeps 6, 8 and 10: the model is asked for those only
            assertEquals(6, leaky.last().samplesTaken.get());
            assertEquals(List.of(6L, 6L, 8L, 8L, 10L, 10L), java.util.Arrays.stream(mm.events().times())
                    .mapToObj(t -> Math.round(t * 10)).toList());
        }
    }

    @Test
    void aChangedSamplingIntervalAppliesToTheNextRun() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection n = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
            NodeCollection mm = sim.create("multimeter", 1, Map.of("interval", 0.5));
            sim.connect(mm, n, Map.of(), Map.of());
            sim.simulate(1.0);
            mm.set("interval", 0.2);
            sim.simulate(1.0);
            assertEquals(List.of(0.5, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0), java.util.Arrays.stream(mm.events().times())
                    .map(t -> Math.round(t * 10) / 10.0).boxed().toList());
        }
    }

    @Test
    void recordingsAreOpenedFlushedAndClosed() {
        TestRecorder recorder = TestRecorder.spikeRecorder();
        Simulator sim = Fixtures.simulatorReplacing(1, recorder);
        NodeCollection n = sim.create("test_leaky", 1, Map.of("I_e", 30.0));
        NodeCollection sr = sim.create("spike_recorder", 1);
        sim.connect(n, sr, Map.of(), Map.of());
        sim.simulate(1.0);
        sim.simulate(1.0);
        TestRecorder.Memory memory = recorder.made.get(0);
        assertEquals(2, memory.opens);
        assertEquals(2, memory.flushes);
        assertEquals(0, memory.closes);
        assertEquals(0.1, memory.resolution, 1e-15);
        // V grows by 3 mV per step and resets at 10: a spike every 4 steps
        assertEquals(5L, sr.get("n_events"));
        sim.close();
        sim.close();
        assertEquals(1, memory.closes);
        assertThrows(KernelException.class, () -> sim.simulate(1.0));
    }

    @Test
    void progressIsReportedPerSliceWhilePrintTimeIsOn() {
        try (Simulator sim = Fixtures.simulator()) {
            List<double[]> calls = new ArrayList<>();
            sim.setProgressListener((t, end, rtf) -> calls.add(new double[] {t, end}));
            sim.simulate(2.0);
            assertTrue(calls.isEmpty());
            sim.setKernelStatus(Map.of("print_time", true));
            sim.simulate(3.0);
            assertEquals(3, calls.size());
            assertEquals(5.0, calls.get(2)[0], 1e-12);
            assertEquals(5.0, calls.get(2)[1], 1e-12);
        }
    }
}
