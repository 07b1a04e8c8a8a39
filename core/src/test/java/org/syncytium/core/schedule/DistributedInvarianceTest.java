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
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.Kernels;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestRule;
import org.syncytium.core.plan.Ownership;
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

    /** What one rank allocated and generated while building {@link Networks}. */
    private record Built(long neurons, long indegreePairs, long allToAllPairs, long oneToOnePairs, long connections,
            long connectionsBeforeRun, String listing, String values) {
    }

    /** GetConnections as text: every column, in the order it lists them. */
    private static String listing(org.syncytium.api.Connections c) {
        return java.util.Arrays.toString(c.sources()) + java.util.Arrays.toString(c.targets())
                + java.util.Arrays.toString(c.weights()) + java.util.Arrays.toString(c.delays())
                + java.util.Arrays.toString(c.synapseModels());
    }

    private static Built buildOn(int ranks, int rank, ThreadRanks world) {
        List<Extension> extensions = Fixtures.all();
        if (world != null) {
            extensions.add(world.rank(rank));
        }
        long neurons;
        long connections;
        long before;
        String listing;
        String values;
        try (Simulator sim = Kernels.factory(extensions, new MachineOptions(1, Fixtures.WARNINGS::add)).newSimulator()) {
            Networks.Built net = Networks.build(sim, ranks);
            before = (Long) sim.getKernelStatus("num_connections");
            listing = listing(sim.getConnections(null, null, null)) + listing(sim.getConnections(
                    new long[] {net.plain().id(3), net.gap().id(5)}, null, "gap_junction"));
            // list values (NESTML vectors): one list per node of varying length, one list for a slice
            List<List<Double>> taps = new ArrayList<>();
            for (int k = 0; k < net.plain().size(); k++) {
                taps.add(java.util.Collections.nCopies(1 + k % 3, k + 0.5));
            }
            net.plain().set("taps", taps);
            net.gap().slice(2, 9).set("taps", List.of(4.0, 5.0, 6.0));
            values = java.util.Arrays.toString(net.plain().getValues("V_m"))
                    + java.util.Arrays.toString(net.gap().slice(2, 9).getValues("V_th"))
                    + lists(net.plain().get("taps")) + lists(net.gap().slice(1, 10).get("taps"));
            sim.simulate(0.5);
            connections = (Long) sim.getKernelStatus("num_connections");
        }
        neurons = 0;
        for (Extension e : extensions) {
            if (e instanceof TestNeuronModel model) {
                neurons += model.allocated();
            }
        }
        return new Built(neurons, rule(extensions, "fixed_indegree").generated(),
                rule(extensions, "all_to_all").generated(), rule(extensions, "one_to_one").generated(), connections,
                before, listing, values);
    }

    private static String lists(Object perNode) {
        StringBuilder text = new StringBuilder();
        for (Object list : (List<?>) perNode) {
            text.append(java.util.Arrays.toString((double[]) list));
        }
        return text.toString();
    }

    private static TestRule rule(List<Extension> extensions, String name) {
        return extensions.stream().filter(e -> e instanceof TestRule r && r.name().equals(name))
                .map(TestRule.class::cast).findFirst().orElseThrow();
    }

    /**
     * Each process allocates only the neurons it owns (37 + 23 over the ranks, a one-neuron
     * stand-in where it owns none of a population) and generates only its own targets' connections
     * with rules that can (fixed_indegree, all_to_all into neurons); a rule that cannot
     * (one_to_one here) generates every pair everywhere and the kernel filters. The network is the
     * same: num_connections, GetConnections (every connection with weight and delay, so also the
     * random ones) and GetStatus values equal the single process's on every rank.
     */
    @Test
    void eachProcessBuildsOnlyItsOwnNeuronsAndConnections() throws Exception {
        Built single = buildOn(1, 0, null);
        assertEquals(60, single.neurons());
        for (int ranks : new int[] {2, 3, 4}) {
            ThreadRanks world = new ThreadRanks(ranks);
            List<Built> built = onRanks(ranks, rank -> buildOn(ranks, rank, world));
            long neurons = 0;
            long indegree = 0;
            long allToAll = 0;
            for (int r = 0; r < ranks; r++) {
                Built b = built.get(r);
                int plain = Ownership.to(37, r, ranks) - Ownership.from(37, r, ranks);
                int gap = Ownership.to(23, r, ranks) - Ownership.from(23, r, ranks);
                assertEquals(plain + gap, b.neurons(), "neurons allocated by rank " + r + " of " + ranks);
                // plain -> gap: indegree 5 per owned gap neuron; gap -> plain: 3 per owned plain neuron
                assertEquals(5L * gap + 3L * plain, b.indegreePairs(), "fixed_indegree pairs of rank " + r);
                assertEquals(single.oneToOnePairs(), b.oneToOnePairs(), "one_to_one (filtered) of rank " + r);
                assertEquals(single.connections(), b.connections(), "num_connections on rank " + r);
                assertEquals(single.connectionsBeforeRun(), b.connectionsBeforeRun(), "num_connections before a run");
                // GetConnections and GetStatus answer alike on every rank: the others' parts are gathered
                assertEquals(single.listing(), b.listing(), "getConnections on rank " + r + " of " + ranks);
                assertEquals(single.values(), b.values(), "getValues on rank " + r + " of " + ranks);
                neurons += b.neurons();
                indegree += b.indegreePairs();
                allToAll += b.allToAllPairs();
            }
            assertEquals(single.neurons(), neurons);
            assertEquals(single.indegreePairs(), indegree);
            // all_to_all into neurons is split; into recorders and from the multimeters (to 5 neurons
            // and to one device) every rank generates all pairs (recorder links are kept everywhere)
            long recorderPairs = 37 + 23 + 5 + 1;
            assertEquals(single.allToAllPairs() + (ranks - 1) * recorderPairs, allToAll, ranks + " ranks");
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
