package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.KernelException;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.ThreadRanks;

/**
 * Over several processes (here: ranks as threads of one JVM), rank 0 records the same spikes,
 * samples and WFR statistics as a single process, for any split of processes and threads; ranks
 * that disagree on the seed stop with one message.
 */
class DistributedInvarianceTest {

    /** Runs {@code body} on every rank at once; returns each rank's result. */
    private static <T> List<T> onRanks(int ranks, IntFunction<T> body) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ranks);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < ranks; r++) {
                int rank = r;
                futures.add(threads.submit(() -> body.apply(rank)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Object> recorded(Networks.Output out) {
        // final V_m is read on every rank: each owns only its neurons, getValues brings the others'
        return out.asList();
    }

    private static List<Object> run(int ranks, int threads) throws Exception {
        ThreadRanks world = new ThreadRanks(ranks);
        List<List<Object>> results = onRanks(ranks, rank -> {
            try (Networks.Built net = Networks.build(Fixtures.simulator(threads, world.rank(rank)), ranks * threads)) {
                net.sim().simulate(17.3);
                net.sim().simulate(12.7);
                assertEquals((long) ranks, net.sim().getKernelStatus("num_processes"));
                assertEquals((long) threads, net.sim().getKernelStatus("local_num_threads"));
                return recorded(Networks.output(net));
            }
        });
        return results.get(0);
    }

    @Test
    void processesAndThreadsDoNotChangeWhatIsRecorded() throws Exception {
        List<Object> reference = runSingle();
        for (int[] layout : new int[][] {{1, 1}, {2, 1}, {2, 2}, {3, 1}, {4, 1}}) {
            assertEquals(reference, run(layout[0], layout[1]), layout[0] + " processes x " + layout[1] + " threads");
        }
    }

    private static List<Object> runSingle() {
        try (Networks.Built net = Networks.build(1, 1)) {
            net.sim().simulate(30.0);
            return recorded(Networks.output(net));
        }
    }

    @Test
    void processesThatDisagreeOnTheSeedStop() throws Exception {
        ThreadRanks world = new ThreadRanks(2);
        List<String> messages = onRanks(2, rank -> {
            try (Simulator sim = Fixtures.simulator(1, world.rank(rank))) {
                sim.setKernelStatus(Map.of("rng_seed", 10 + rank));
                sim.create("test_leaky", 4);
                return assertThrows(KernelException.class, () -> sim.simulate(1.0)).getMessage();
            }
        });
        assertTrue(messages.get(0).contains("process 1 disagrees with process 0 on rng_seed (11 vs 10)"),
                messages.get(0));
    }
}
