package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Same seed and network give bit-identical spikes, samples and states for any number of threads
 * and of virtual processes, and however the simulated time is split into simulate calls.
 */
class InvarianceTest {
    private static Networks.Output run(int cores, int vps, double... chunks) {
        try (Networks.Built net = Networks.build(cores, vps)) {
            for (double ms : chunks) {
                net.sim().simulate(ms);
            }
            return Networks.output(net);
        }
    }

    @Test
    void threadAndVirtualProcessCountsDoNotChangeResults() {
        Networks.Output reference = run(1, 1, 30.0);
        assertTrue(reference.senders().length > 50, "the network should spike: " + reference.senders().length);
        assertTrue(reference.sampleSenders().length == 5 * 100, "samples: " + reference.sampleSenders().length);
        for (int threads : new int[] {2, 4, 8}) {
            assertEquals(reference.asList(), run(8, threads, 30.0).asList(), threads + " threads");
        }
        assertEquals(reference.asList(), run(2, 8, 30.0).asList(), "8 VPs on 2 threads");
        assertEquals(reference.asList(), run(1, 3, 30.0).asList(), "3 VPs on 1 thread");
    }

    @Test
    void repeatedSimulateEqualsOneSimulate() {
        Networks.Output once = run(2, 2, 30.0);
        assertEquals(once.asList(), run(2, 2, 12.3, 0.0, 0.4, 17.3).asList());
        assertEquals(once.asList(), run(1, 1, 0.1, 0.1, 0.1, 29.7).asList());
    }

    @Test
    void spikesAreSortedByTimeThenSender() {
        Networks.Output out = run(4, 4, 30.0);
        for (int k = 1; k < out.senders().length; k++) {
            boolean ordered = out.times()[k - 1] < out.times()[k]
                    || (out.times()[k - 1] == out.times()[k] && out.senders()[k - 1] <= out.senders()[k]);
            assertTrue(ordered, "event " + k);
        }
        Map<Integer, Long> histogram = (Map<Integer, Long>) out.histogram();
        assertEquals(30L, histogram.values().stream().mapToLong(Long::longValue).sum());
    }
}
