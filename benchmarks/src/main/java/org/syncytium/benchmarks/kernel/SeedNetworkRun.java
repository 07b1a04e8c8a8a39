package org.syncytium.benchmarks.kernel;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.Kernels;
import org.syncytium.plugins.gap.GapJunction;
import org.syncytium.plugins.hh.HhPscAlphaGapModel;
import org.syncytium.plugins.poisson.PoissonGenerator;
import org.syncytium.plugins.rules.AllToAllRule;
import org.syncytium.plugins.rules.FixedIndegreeRule;
import org.syncytium.plugins.rules.OneToOneRule;
import org.syncytium.plugins.spikerecorder.SpikeRecorder;
import org.syncytium.plugins.staticsynapse.StaticSynapse;
import org.syncytium.plugins.stepwise.StepwiseSolver;
import org.syncytium.plugins.wfr.WfrSolver;

/**
 * NEST's "gap junctions: inhibitory network" example on the class-path kernel, timed end to end:
 * {@code java ... SeedNetworkRun [threads] [gap_weight] [simtime_ms]}. Prints spikes, mean rate,
 * build and simulate times and the WFR iteration statistics. The gap pairs use java.util.Random,
 * not numpy's stream, so spike counts differ from NEST's 810 in detail, not in kind.
 */
public final class SeedNetworkRun {
    private SeedNetworkRun() {
    }

    /** Every plugin the seed network needs, for a class-path kernel. */
    static List<org.syncytium.api.plugin.Extension> extensions() {
        return List.of(new HhPscAlphaGapModel(), new StaticSynapse(), new GapJunction(), new AllToAllRule(),
                new OneToOneRule(), new FixedIndegreeRule(), new PoissonGenerator(), new SpikeRecorder(), new WfrSolver(),
                new StepwiseSolver());
    }

    /** Builds the seed network with {@code threads} virtual processes; returns its spike recorder. */
    static NodeCollection build(Simulator sim, int threads, double gapWeight) {
        return build(sim, threads, gapWeight, 0.0);
    }

    /** The same, the first half of the neurons with {@code bias} pA of I_e (0: NEST's example). */
    static NodeCollection build(Simulator sim, int threads, double gapWeight, double bias) {
        sim.setKernelStatus(Map.of("resolution", 0.05, "total_num_virtual_procs", threads, "print_time", false));
        NodeCollection neurons = sim.create("hh_psc_alpha_gap", 500);
        NodeCollection recorder = sim.create("spike_recorder", 1);
        NodeCollection noise = sim.create("poisson_generator", 1, Map.of("rate", 500.0));
        sim.connect(neurons, neurons, Map.of("rule", "fixed_indegree", "indegree", 50, "allow_autapses", false,
                "allow_multapses", true), Map.of("synapse_model", "static_synapse", "weight", -50.0, "delay", 1.0));
        sim.connect(noise, neurons, Map.of("rule", "all_to_all"),
                Map.of("synapse_model", "static_synapse", "weight", 300.0, "delay", 1.0));
        sim.connect(neurons, recorder, Map.of(), Map.of());
        neurons.set("V_m", RandomParameter.uniform(-80.0, -40.0));
        if (bias != 0.0) {
            neurons.slice(0, neurons.size() / 2).set("I_e", bias);
        }
        Random random = new Random(1);
        long[] s = new long[15000];
        long[] t = new long[15000];
        for (int k = 0; k < s.length; k++) {
            s[k] = neurons.id(random.nextInt(500));
            t[k] = neurons.id(random.nextInt(500));
        }
        sim.connect(s, t, Map.of("rule", "one_to_one", "make_symmetric", true),
                Map.of("synapse_model", "gap_junction", "weight", gapWeight));
        return recorder;
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        double gapWeight = args.length > 1 ? Double.parseDouble(args[1]) : 0.3;
        double simtime = args.length > 2 ? Double.parseDouble(args[2]) : 501.0;
        long start = System.nanoTime();
        try (Simulator sim = Kernels.factory(extensions()).newSimulator()) {
            NodeCollection recorder = build(sim, threads, gapWeight);
            double build = (System.nanoTime() - start) * 1e-9;
            long run = System.nanoTime();
            sim.simulate(simtime);
            double simulate = (System.nanoTime() - run) * 1e-9;
            int spikes = recorder.events().size();
            System.out.printf("threads %d, gap %.2f nS: %d spikes, %.2f Hz; connections %s; build %.2f s, "
                    + "simulate %.2f s; WFR iterations mean %.2f max %s, limit reached %s%n", threads, gapWeight,
                    spikes, 1000.0 * spikes / simtime / 500, sim.getKernelStatus("num_connections"), build, simulate,
                    (Double) sim.getKernelStatus("wfr_iterations_mean"), sim.getKernelStatus("wfr_iterations_max"),
                    sim.getKernelStatus("wfr_max_iterations_reached"));
            // where the time went (kernel phase timers, seconds of wall time, summed over slices)
            StringBuilder phases = new StringBuilder("phases:");
            for (String phase : List.of("time_deliver", "time_wfr_trial", "time_gap_exchange", "time_update",
                    "time_route")) {
                double seconds = (Double) sim.getKernelStatus(phase);
                phases.append(String.format(" %s %.2f s (%.1f%%)", phase, seconds, 100 * seconds / simulate));
            }
            System.out.println(phases);
        }
    }
}
