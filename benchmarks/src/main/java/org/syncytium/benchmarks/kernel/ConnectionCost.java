package org.syncytium.benchmarks.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.core.Kernels;
import org.syncytium.plugins.gap.GapJunction;
import org.syncytium.plugins.hh.HhPscAlphaGapModel;
import org.syncytium.plugins.iaf.IafPscAlphaModel;
import org.syncytium.plugins.poisson.PoissonGenerator;
import org.syncytium.plugins.rules.AllToAllRule;
import org.syncytium.plugins.rules.FixedIndegreeRule;
import org.syncytium.plugins.rules.OneToOneRule;
import org.syncytium.plugins.spikerecorder.SpikeRecorder;
import org.syncytium.plugins.staticsynapse.StaticSynapse;
import org.syncytium.plugins.wfr.WfrSolver;

/**
 * What building connections costs: the seed network's wiring time (its 15,000 gap pairs in one
 * call and pair by pair, as NEST's script does), and the heap per stored spike and gap connection on
 * a large network. {@code java ... ConnectionCost}; prints one line per figure. Heap is measured
 * after simulating one whole slice (1 ms = min_delay), so that the kernel has compiled its tables
 * (new connections are compiled at the next slice boundary), with the JVM's used heap after
 * repeated GCs; run with a fixed heap (e.g. -Xms4g -Xmx4g) for stable numbers.
 */
public final class ConnectionCost {

    private static final SimulatorFactory FACTORY = Kernels.factory(List.of(new HhPscAlphaGapModel(),
            new IafPscAlphaModel(), new StaticSynapse(), new GapJunction(), new AllToAllRule(), new OneToOneRule(),
            new FixedIndegreeRule(), new PoissonGenerator(), new SpikeRecorder(), new WfrSolver()));

    private ConnectionCost() {
    }

    public static void main(String[] args) {
        for (boolean pairByPair : new boolean[] {false, true}) {
            double[] times = new double[7];
            for (int r = 0; r < times.length; r++) {
                times[r] = seedWiring(pairByPair);
            }
            Arrays.sort(times);
            System.out.printf("seed network wiring (25,500 spike + 30,000 gap connections, gap pairs %s): "
                    + "median %.3f s, min %.3f s over %d builds%n",
                    pairByPair ? "pair by pair (15,000 calls)" : "in one call", times[times.length / 2], times[0],
                    times.length);
        }
        // The slope between two sizes is the cost per connection; fixed per-network costs cancel.
        long spikes50 = spikeMemory(20_000, 50);
        long spikes100 = spikeMemory(20_000, 100);
        System.out.printf("spike connections: %.1f bytes each (heap for 1,000,000: %.1f MB, for 2,000,000: %.1f MB)%n",
                (spikes100 - spikes50) / 1e6, spikes50 / 1e6, spikes100 / 1e6);
        long gaps250 = gapMemory(20_000, 250_000);
        long gaps500 = gapMemory(20_000, 500_000);
        System.out.printf("gap connections: %.1f bytes each (heap for 500,000: %.1f MB, for 1,000,000: %.1f MB,"
                + " the difference being waveform buffers of the 20,000 gap-coupled neurons and fixed costs)%n",
                (gaps500 - gaps250) / 5e5, gaps250 / 1e6, gaps500 / 1e6);
    }

    /** Seconds to create and wire the seed network (no simulation). */
    private static double seedWiring(boolean pairByPair) {
        long start = System.nanoTime();
        try (Simulator sim = FACTORY.newSimulator()) {
            sim.setKernelStatus(Map.of("resolution", 0.05));
            NodeCollection neurons = sim.create("hh_psc_alpha_gap", 500);
            NodeCollection recorder = sim.create("spike_recorder", 1);
            NodeCollection noise = sim.create("poisson_generator", 1, Map.of("rate", 500.0));
            sim.connect(neurons, neurons, Map.of("rule", "fixed_indegree", "indegree", 50, "allow_autapses", false,
                    "allow_multapses", true), Map.of("weight", -50.0, "delay", 1.0));
            sim.connect(noise, neurons, Map.of("rule", "all_to_all"), Map.of("weight", 300.0, "delay", 1.0));
            sim.connect(neurons, recorder, Map.of(), Map.of());
            Random random = new Random(1);
            long[] s = new long[15_000];
            long[] t = new long[15_000];
            for (int k = 0; k < s.length; k++) {
                s[k] = neurons.id(random.nextInt(500));
                t[k] = neurons.id(random.nextInt(500));
            }
            Map<String, Object> conn = Map.of("rule", "one_to_one", "make_symmetric", true);
            Map<String, Object> syn = Map.of("synapse_model", "gap_junction", "weight", 0.3);
            if (pairByPair) {
                for (int k = 0; k < s.length; k++) {
                    sim.connect(new long[] {s[k]}, new long[] {t[k]}, conn, syn);
                }
            } else {
                sim.connect(s, t, conn, syn);
            }
            return (System.nanoTime() - start) * 1e-9;
        }
    }

    /** Heap in bytes that {@code neurons * indegree} spike connections add. */
    private static long spikeMemory(int neurons, int indegree) {
        try (Simulator sim = FACTORY.newSimulator()) {
            NodeCollection n = sim.create("iaf_psc_alpha", neurons);
            sim.simulate(1.0);
            long before = usedHeap();
            sim.connect(n, n, Map.of("rule", "fixed_indegree", "indegree", indegree),
                    Map.of("weight", 10.0, "delay", 1.0)); // the default delay: ring buffers keep their size
            sim.simulate(1.0);
            long after = usedHeap();
            return after - before;
        }
    }

    /** Heap in bytes that {@code pairs} symmetric gap junctions (2 connections each) add. */
    private static long gapMemory(int neurons, int pairs) {
        try (Simulator sim = FACTORY.newSimulator()) {
            NodeCollection n = sim.create("hh_psc_alpha_gap", neurons);
            sim.simulate(1.0);
            long before = usedHeap();
            Random random = new Random(2);
            long[] s = new long[pairs];
            long[] t = new long[pairs];
            for (int k = 0; k < pairs; k++) {
                s[k] = n.id(random.nextInt(neurons));
                t[k] = n.id(random.nextInt(neurons));
            }
            sim.connect(s, t, Map.of("rule", "one_to_one", "make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", 0.3));
            s = null;
            t = null;
            sim.simulate(1.0);
            long after = usedHeap();
            return after - before;
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
