package org.syncytium.benchmarks.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.core.Kernels;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.SplitPolicy;

/**
 * The thread split of the trial and final passes, side by side in one process: the seed network
 * (500 neurons, 0.3 nS, WFR) with equal fixed ranges and with ranges moved by measured cost, runs
 * alternating, each on a fresh simulator. Prints per run the simulate time, the trial and final
 * pass times and {@code time_thread_wait} (wall time workers waited for the slowest one, summed over
 * workers), the same in thread CPU time (what the split controls, unaffected by other processes
 * taking the cores: per pass the slowest worker's CPU time minus each worker's, summed) and the
 * CPU time of all passes (also per neuron-step, to set against one thread's figure of the integrator
 * benchmarks), then medians. Ratios within one run are what counts on a shared machine.
 * {@code java ... SplitComparison [threads] [simtime_ms] [rounds] [I_e_pA]}: with I_e, the first half
 * of the neurons get that bias current (they fire more and cost more: a network whose equal split is
 * unbalanced on purpose).
 */
public final class SplitComparison {
    private SplitComparison() {
    }

    private record Run(double simulate, double trial, double update, double threadWait, double cpuImbalance,
            double cpuBusy, double nsPerNeuronStep, int spikes) {
    }

    /** Neurons of the seed network and steps per pass (1 ms intervals at h = 0.05 ms). */
    private static final int NEURONS = 500;
    private static final int STEPS_PER_PASS = 20;

    /** Sums, over passes, the CPU time of every worker and its distance to the slowest. */
    private static final class Measuring implements SplitPolicy {
        private final SplitPolicy inner;
        private long busy;
        private long imbalance;
        private long passes;

        Measuring(SplitPolicy inner) {
            this.inner = inner;
        }

        @Override
        public void rebalance(int[] previous, long[] costs, int[] next) {
            passes++;
            long slowest = 0;
            for (long c : costs) {
                slowest = Math.max(slowest, c);
            }
            for (long c : costs) {
                busy += c;
                imbalance += slowest - c;
            }
            inner.rebalance(previous, costs, next);
        }
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        double simtime = args.length > 1 ? Double.parseDouble(args[1]) : 501.0;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double bias = args.length > 3 ? Double.parseDouble(args[3]) : 0.0;
        String[] names = {"equal", "measured"};
        SplitPolicy[] policies = {SplitPolicy.EQUAL, SplitPolicy.MEASURED};
        List<List<Run>> runs = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = -1; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                // alternate which goes first, so a drift of the machine's load hits both
                int which = (round & 1) == 0 ? k : 1 - k;
                Run run = run(threads, simtime, policies[which], bias);
                System.out.printf(Locale.ROOT, "%s %-8s simulate %.2f s, trial passes %.2f s, final passes %.2f s, "
                        + "thread wait %.3f s; CPU: passes %.2f s (%.0f ns per neuron-step), imbalance %.3f s (%.1f%%); "
                        + "%d spikes%n", round < 0 ? "warm-up" : "round " + (round + 1), names[which], run.simulate,
                        run.trial, run.update, run.threadWait, run.cpuBusy, run.nsPerNeuronStep, run.cpuImbalance,
                        100 * run.cpuImbalance / run.cpuBusy, run.spikes);
                if (round >= 0) {
                    runs.get(which).add(run);
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            List<Run> r = runs.get(k);
            System.out.printf(Locale.ROOT, "median %-8s simulate %.2f s, trial %.2f s, final %.2f s, thread wait %.3f s, "
                    + "CPU imbalance %.3f s of %.2f s, %.0f ns per neuron-step%n", names[k], median(r, Run::simulate),
                    median(r, Run::trial), median(r, Run::update), median(r, Run::threadWait),
                    median(r, Run::cpuImbalance), median(r, Run::cpuBusy), median(r, Run::nsPerNeuronStep));
        }
    }

    private static Run run(int threads, double simtime, SplitPolicy policy, double bias) {
        Measuring measuring = new Measuring(policy);
        MachineOptions machine = new MachineOptions(Runtime.getRuntime().availableProcessors(), System.err::println,
                measuring);
        try (Simulator sim = Kernels.factory(SeedNetworkRun.extensions(), machine).newSimulator()) {
            NodeCollection recorder = SeedNetworkRun.build(sim, threads, 0.3, bias);
            long start = System.nanoTime();
            sim.simulate(simtime);
            double simulate = (System.nanoTime() - start) * 1e-9;
            return new Run(simulate, (Double) sim.getKernelStatus("time_wfr_trial"),
                    (Double) sim.getKernelStatus("time_update"), (Double) sim.getKernelStatus("time_thread_wait"),
                    measuring.imbalance * 1e-9, measuring.busy * 1e-9,
                    (double) measuring.busy / ((double) measuring.passes * NEURONS * STEPS_PER_PASS),
                    recorder.events().size());
        }
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> field) {
        double[] values = runs.stream().mapToDouble(field).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }
}
