package org.syncytium.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.core.fixtures.Fixtures;

/**
 * NEST's {@code local_spike_counter}: the spikes this process's neurons emitted in the latest run
 * (NEST resets it at every Run that advances time); a generator's spikes are not a neuron's.
 */
class LocalSpikeCounterTest {

    @Test
    void countsTheNeuronsSpikesOfTheLatestRunOnly() {
        for (int threads : new int[] {1, 2}) {
            try (Simulator sim = Fixtures.simulator()) {
                sim.setKernelStatus(Map.of("local_num_threads", threads, "resolution", 0.1));
                NodeCollection neurons = sim.create("test_leaky", 6, Map.of("I_e", 1.0, "V_th", 2.0));
                NodeCollection generator = sim.create("test_poisson", 1, Map.of("rate", 5000.0));
                NodeCollection recorder = sim.create("spike_recorder", 1);
                NodeCollection generatorRecorder = sim.create("spike_recorder", 1);
                sim.connect(neurons, recorder, Map.of(), Map.of());
                sim.connect(generator, generatorRecorder, Map.of(), Map.of());
                assertEquals(0L, sim.getKernelStatus("local_spike_counter"));
                sim.simulate(20.0);
                long first = recorder.events().senders().length;
                assertTrue(first > 0 && generatorRecorder.events().senders().length > 0);
                assertEquals(first, sim.getKernelStatus("local_spike_counter"), threads + " threads");
                sim.simulate(7.5);
                long second = recorder.events().senders().length - first;
                assertTrue(second > 0);
                assertEquals(second, sim.getKernelStatus("local_spike_counter"), threads + " threads");
                sim.simulate(0.0); // as NEST: a run of no time keeps the count
                assertEquals(second, sim.getKernelStatus("local_spike_counter"));
            }
        }
    }
}
