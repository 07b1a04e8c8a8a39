package org.syncytium.core.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.record.Events;
import org.syncytium.core.fixtures.Fixtures;

/** A spike stamped S over a delay of d steps is added to the input of step S + d − 1. */
class DelayTimingTest {
    private static final Map<String, Object> ONE_TO_ONE = Map.of("rule", "one_to_one");

    @Test
    void deviceSpikeArrivesAtStampPlusDelayMinusOne() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 5, "multiplicity", 3));
            NodeCollection neuron = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
            sim.connect(gen, neuron, Map.of(), Map.of("weight", 2.5, "delay", 0.3));
            sim.simulate(5.0);
            assertEquals(7.0, neuron.getValues("first_input_step")[0]);
            assertEquals(7.5, neuron.getValues("input_sum")[0]);
            assertEquals(0.3, (Double) sim.getKernelStatus("min_delay"), 1e-12);
        }
    }

    @Test
    void neuronSpikeArrivesAfterItsDelayAndIsRecorded() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0));
            NodeCollection target = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            sim.connect(source, target, Map.of(), Map.of("weight", 1.5, "delay", 1.7));
            sim.connect(source, recorder, Map.of(), Map.of());
            sim.simulate(3.0);
            // V grows by 2 mV per step: the threshold 10 is reached at the end of step 4, stamp 5
            assertEquals(21.0, target.getValues("first_input_step")[0]);
            Events events = recorder.events();
            assertEquals(List.of(0.5, 1.0, 1.5, 2.0, 2.5, 3.0),
                    java.util.Arrays.stream(events.times()).map(t -> Math.round(t * 10) / 10.0).boxed().toList());
            // stamps 5..30 step 5; arrivals at stamp + 16 < 30 => stamps 5, 10
            assertEquals(3.0, target.getValues("input_sum")[0]);
            assertEquals(26.0, target.getValues("last_input_step")[0]);
        }
    }

    @Test
    void ringBufferWrapsWhenMaxDelayExceedsTheSlice() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection source = sim.create("test_leaky", 1, Map.of("I_e", 20.0));
            int[] delays = {2, 3, 7, 19, 20, 21, 37};
            NodeCollection targets = sim.create("test_leaky", delays.length, Map.of("V_th", 1e9));
            for (int k = 0; k < delays.length; k++) {
                sim.connect(source, targets.slice(k, k + 1), Map.of(), Map.of("weight", 1.0, "delay", delays[k] * 0.1));
            }
            assertEquals(0.2, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            assertEquals(3.7, (Double) sim.getKernelStatus("max_delay"), 1e-12);
            sim.simulate(20.0);
            long end = 200;
            for (int k = 0; k < delays.length; k++) {
                int d = delays[k];
                long arrivals = 0;
                long last = -1;
                for (long stamp = 5; stamp + d - 1 < end; stamp += 5) {
                    arrivals++;
                    last = stamp + d - 1;
                }
                assertEquals(4.0 + d, targets.getValues("first_input_step")[k], "delay " + d);
                assertEquals(last, targets.getValues("last_input_step")[k], "delay " + d);
                assertEquals(arrivals, targets.getValues("input_sum")[k], "delay " + d);
            }
        }
    }

    @Test
    void inhibitoryAndCurrentInputArrive() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 12));
            NodeCollection dc = sim.create("test_dc", 1, Map.of("amplitude", 0.25));
            NodeCollection neurons = sim.create("test_leaky", 2, Map.of("V_th", 1e9));
            sim.connect(gen, neurons.slice(0, 1), ONE_TO_ONE, Map.of("weight", -4.0, "delay", 1.0));
            sim.connect(dc, neurons.slice(1, 2), ONE_TO_ONE, Map.of("weight", 2.0, "delay", 0.1));
            sim.simulate(3.0);
            assertEquals(21.0, neurons.getValues("first_input_step")[0]);
            assertEquals(-4.0, neurons.getValues("input_sum")[0]);
            // emitted at steps 0..29, stamped 1..30, arriving at steps 1..29 within the run (delay 1 step)
            assertEquals(1.0, neurons.getValues("first_input_step")[1]);
            assertEquals(29 * 0.5, neurons.getValues("input_sum")[1], 1e-12);
        }
    }

    @Test
    void pendingInputSurvivesGrowingTheNetworkBetweenRuns() {
        try (Simulator sim = Fixtures.simulator(2)) {
            sim.setKernelStatus(Map.of("local_num_threads", 2));
            NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 8));
            NodeCollection first = sim.create("test_leaky", 3, Map.of("V_th", 1e9));
            sim.connect(gen, first, Map.of(), Map.of("weight", 1.0, "delay", 2.5));
            // D = 25 steps; the run stops inside the first slice, which the next call finishes
            sim.simulate(1.0);
            NodeCollection later = sim.create("test_leaky", 2, Map.of("V_th", 1e9));
            NodeCollection gen2 = sim.create("test_spike_generator", 1, Map.of("spike_step", 30));
            sim.connect(gen2, later, Map.of(), Map.of("weight", 2.0, "delay", 4.0));
            sim.connect(gen2, first.slice(0, 1), Map.of(), Map.of("weight", 3.0, "delay", 0.5));
            sim.simulate(7.0);
            assertEquals(0.5, (Double) sim.getKernelStatus("min_delay"), 1e-12);
            // stamp 8 + 25 − 1 = 32 was pending while the ring was re-laid for 5 neurons and D = 5
            assertArrayEquals(new double[] {32, 32, 32}, first.getValues("first_input_step"));
            assertArrayEquals(new double[] {34, 32, 32}, first.getValues("last_input_step"));
            assertArrayEquals(new double[] {4, 1, 1}, first.getValues("input_sum"));
            assertArrayEquals(new double[] {69, 69}, later.getValues("first_input_step"));
            assertArrayEquals(new double[] {2, 2}, later.getValues("input_sum"));
        }
    }
}
