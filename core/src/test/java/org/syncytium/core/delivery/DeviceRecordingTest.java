package org.syncytium.core.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Connections;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.record.Events;
import org.syncytium.core.fixtures.Fixtures;

/** A spike recorder connected to a spike-emitting device records the device's own trains (NEST's way). */
class DeviceRecordingTest {

    @Test
    void aRecorderGetsEachSpikeOfTheGeneratorAtItsStampAsOftenAsItsMultiplicity() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_spike_generator", 1, Map.of("spike_step", 5, "multiplicity", 3));
            NodeCollection neuron = sim.create("test_leaky", 1, Map.of("V_th", 1e9));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            sim.connect(gen, recorder, Map.of(), Map.of("delay", 1.0));
            sim.connect(gen, neuron, Map.of(), Map.of("weight", 2.5, "delay", 0.3));
            sim.simulate(5.0);
            Events events = recorder.events();
            long id = gen.ids()[0];
            assertArrayEquals(new long[] {id, id, id}, events.senders());
            assertArrayEquals(new double[] {0.5, 0.5, 0.5}, events.times(), 1e-12);
            // the neuron beside the recorder still gets its input, at stamp + delay - 1
            assertEquals(7.0, neuron.getValues("first_input_step")[0]);
            assertEquals(7.5, neuron.getValues("input_sum")[0]);
            Connections listed = sim.getConnections(null, recorder.ids(), null);
            assertEquals(1, listed.size());
            assertEquals(id, listed.sources()[0]);
        }
    }

    @Test
    void aPoissonTrainIsRecordedLikeTheOneANeuronWouldReceive() {
        double[] recorded;
        int received;
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_poisson", 1, Map.of("rate", 2000.0));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            sim.connect(gen, recorder, Map.of(), Map.of());
            sim.simulate(100.0);
            recorded = recorder.events().times();
        }
        assertTrue(recorded.length > 150 && recorded.length < 250, "about 200 spikes in 100 ms at 2 kHz: "
                + recorded.length);
        for (int k = 1; k < recorded.length; k++) {
            assertTrue(recorded[k] >= recorded[k - 1], "times in order");
        }
        // the same generator's other targets draw their own trains: a second recorder differs
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection gen = sim.create("test_poisson", 1, Map.of("rate", 2000.0));
            NodeCollection recorder = sim.create("spike_recorder", 2);
            sim.connect(gen, recorder, Map.of(), Map.of());
            sim.simulate(100.0);
            assertArrayEquals(recorded, recorder.slice(0, 1).events().times(), 0.0,
                    "a target's train depends only on the seed, the device and the target");
            double[] other = recorder.slice(1, 2).events().times();
            assertTrue(!java.util.Arrays.equals(recorded, other), "each target draws its own train");
            received = other.length;
        }
        assertTrue(received > 150 && received < 250);
    }

    @Test
    void aCurrentDeviceCannotBeRecordedAndTheMessageSaysWhy() {
        try (Simulator sim = Fixtures.simulator()) {
            NodeCollection dc = sim.create("test_dc", 1);
            NodeCollection recorder = sim.create("spike_recorder", 1);
            IllegalConnectionException e = assertThrows(IllegalConnectionException.class,
                    () -> sim.connect(dc, recorder, Map.of(), Map.of()));
            assertTrue(e.getMessage().contains("test_dc sends none"), e.getMessage());
            assertEquals(0L, ((Number) sim.getKernelStatus("num_connections")).longValue());
        }
    }
}
