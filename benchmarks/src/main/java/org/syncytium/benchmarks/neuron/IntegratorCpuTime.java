package org.syncytium.benchmarks.neuron;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@link IntegratorBenchmark}'s trial pass (500 gap-coupled neurons, 20 steps) on a busy machine: CPU
 * time of this thread per neuron-step, round by round, for one integrator. To compare two builds of the
 * plugin, run this alternately with each build's classes first on the class path.
 *
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --add-modules jdk.incubator.vector \
 *     -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" org.syncytium.benchmarks.neuron.IntegratorCpuTime [integrator] [rounds]
 * </pre>
 */
public final class IntegratorCpuTime {
    private IntegratorCpuTime() {
    }

    public static void main(String[] args) {
        String integrator = args.length > 0 ? args[0] : "rkf45_simd";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        IntegratorBenchmark.Network net = new IntegratorBenchmark.Network();
        net.integrator = integrator;
        net.gap = true;
        net.setUp();
        IntegratorBenchmark bench = new IntegratorBenchmark();
        int passes = 200;
        double neuronSteps = (double) passes * IntegratorBenchmark.N * IntegratorBenchmark.STEPS;
        double[] ns = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int p = 0; p < passes; p++) {
                bench.trialPass(net);
            }
            ns[round] = (threads.getCurrentThreadCpuTime() - t0) / neuronSteps;
            System.out.printf("%s round %d: %.1f ns per neuron-step (CPU)%n", integrator, round, ns[round]);
        }
        double[] last = java.util.Arrays.copyOfRange(ns, rounds / 2, rounds);
        java.util.Arrays.sort(last);
        System.out.printf("%s: median of the last %d rounds %.1f ns per neuron-step (%.1f-%.1f)%n", integrator, last.length,
                last[last.length / 2], last[0], last[last.length - 1]);
    }
}
