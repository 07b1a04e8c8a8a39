package org.syncytium.benchmarks.kernel;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.Kernels;

/**
 * Heap one process holds for its part of the seed network (NEST's gap-junction example at
 * {@code n} neurons: fixed_indegree 50 inhibition, Poisson drive, 30·n random gap pairs, a spike
 * recorder) after building it and planning a run, for 1, 2, 4, ... processes:
 * {@code java -cp ... RankMemory [neurons] [ranks...]}. Each rank's part is built alone in this JVM
 * with a stand-in communicator that reports that rank and size; its collectives return this rank's
 * own values and zeros for the others' data, so the one slice run to plan is not a meaningful
 * simulation, but every array the kernel allocates for the rank has its real size. Prints, per
 * layout, the heap of every rank (used heap after GC, minus the heap before the simulator existed).
 */
public final class RankMemory {
    private RankMemory() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int[] layouts = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2, 4};
        System.out.printf("seed network, %d neurons, %d gap junctions, heap after build and planning per rank%n", n,
                n * 60);
        for (int ranks : layouts) {
            List<String> figures = new ArrayList<>();
            long sum = 0;
            for (int rank = 0; rank < ranks; rank++) {
                long bytes = measure(n, rank, ranks);
                sum += bytes;
                figures.add(String.format("%.1f", bytes / 1e6));
            }
            System.out.printf("%d process%s: %s MB per rank (sum %.1f MB)%n", ranks, ranks == 1 ? "" : "es",
                    String.join(" / ", figures), sum / 1e6);
        }
    }

    private static long measure(int n, int rank, int ranks) {
        long before = usedAfterGc();
        List<Extension> extensions = new ArrayList<>(SeedNetworkRun.extensions());
        if (ranks > 1) {
            extensions.add(new StandIn(rank, ranks));
        }
        try (Simulator sim = Kernels.factory(extensions).newSimulator()) {
            build(sim, n, ranks);
            sim.simulate(1.0);
            long bytes = usedAfterGc() - before;
            if (sim.getKernelStatus("num_processes") instanceof Number processes && processes.intValue() != ranks) {
                throw new IllegalStateException("the kernel runs " + processes + " processes, not " + ranks);
            }
            return bytes;
        }
    }

    private static void build(Simulator sim, int n, int ranks) {
        sim.setKernelStatus(Map.of("resolution", 0.05, "total_num_virtual_procs", ranks, "print_time", false));
        NodeCollection neurons = sim.create("hh_psc_alpha_gap", n);
        NodeCollection recorder = sim.create("spike_recorder", 1);
        NodeCollection noise = sim.create("poisson_generator", 1, Map.of("rate", 500.0));
        sim.connect(neurons, neurons, Map.of("rule", "fixed_indegree", "indegree", 50, "allow_autapses", false,
                "allow_multapses", true), Map.of("synapse_model", "static_synapse", "weight", -50.0, "delay", 1.0));
        sim.connect(noise, neurons, Map.of("rule", "all_to_all"),
                Map.of("synapse_model", "static_synapse", "weight", 300.0, "delay", 1.0));
        sim.connect(neurons, recorder, Map.of(), Map.of());
        neurons.set("V_m", RandomParameter.uniform(-80.0, -40.0));
        Random random = new Random(1);
        long[] s = new long[30 * n];
        long[] t = new long[30 * n];
        for (int k = 0; k < s.length; k++) {
            s[k] = neurons.id(random.nextInt(n));
            t[k] = neurons.id(random.nextInt(n));
        }
        sim.connect(s, t, Map.of("rule", "one_to_one", "make_symmetric", true),
                Map.of("synapse_model", "gap_junction", "weight", 0.3));
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Rank {@code rank} of {@code size} for the kernel's sizes; collectives answer with this rank's own data. */
    private static final class StandIn implements Communicator {
        private final int rank;
        private final int size;

        StandIn(int rank, int size) {
            this.rank = rank;
            this.size = size;
        }

        @Override
        public String name() {
            return "stand_in";
        }

        @Override
        public String description() {
            return "one rank's view for measuring its memory (benchmarks)";
        }

        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.empty();
        }

        @Override
        public int rank() {
            return rank;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public long[] allGather(long[] send, int count, int[] counts) {
            // the agreement check compares every rank with rank 0: answer as if all sent the same
            long[] all = new long[count * size];
            for (int r = 0; r < size; r++) {
                counts[r] = count;
                System.arraycopy(send, 0, all, r * count, count);
            }
            return all;
        }

        @Override
        public boolean exchange(double[] send, double[] receive, int[] counts, boolean flag) {
            int at = 0;
            for (int r = 0; r < rank; r++) {
                at += counts[r];
            }
            Arrays.fill(receive, 0.0);
            System.arraycopy(send, 0, receive, at, counts[rank]);
            return flag;
        }

        @Override
        public boolean allAnd(boolean value) {
            return value;
        }

        @Override
        public long allSum(long value) {
            return value;
        }

        @Override
        public double allMax(double value) {
            return value;
        }

        @Override
        public void barrier() {
        }
    }
}
