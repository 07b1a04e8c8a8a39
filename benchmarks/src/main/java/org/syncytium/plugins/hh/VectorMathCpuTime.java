package org.syncytium.plugins.hh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link VectorMathBenchmark}'s exp against its full-range baseline on a busy machine: CPU time of this
 * thread (not wall time), the two alternating round by round in one process, and a check that they
 * agree within 1 ulp (the polynomials differ).
 *
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --add-modules jdk.incubator.vector \
 *     -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" org.syncytium.plugins.hh.VectorMathCpuTime [rounds]
 * </pre>
 */
public final class VectorMathCpuTime {
    private VectorMathCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length == 0 ? 12 : Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        VectorMathBenchmark bench = new VectorMathBenchmark();
        VectorMathBenchmark.Arguments a = new VectorMathBenchmark.Arguments();
        a.setUp();
        int calls = 2_000_000;
        double[] ratios = new double[rounds];
        System.out.printf("java %s, %d lanes, %d calls of 8 rows per round%n", Runtime.version(), a.out.length / 8, calls);
        for (int round = -2; round < rounds; round++) { // two rounds of warm-up
            long t0 = threads.getCurrentThreadCpuTime();
            for (int c = 0; c < calls; c++) {
                bench.expFullRange(a);
            }
            double[] old = a.out.clone();
            long t1 = threads.getCurrentThreadCpuTime();
            for (int c = 0; c < calls; c++) {
                bench.exp(a);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < old.length; i++) {
                if (Math.abs(old[i] - a.out[i]) > Math.ulp(old[i])) {
                    throw new AssertionError("the two exps differ by more than 1 ulp at " + i);
                }
            }
            double full = (t1 - t0) / (double) calls;
            double now = (t2 - t1) / (double) calls;
            if (round >= 0) {
                ratios[round] = now / full;
                System.out.printf("round %d: full range %.2f ns, exp %.2f ns per call, %.3f%n", round, full, now, now / full);
            }
        }
        Arrays.sort(ratios);
        System.out.printf("exp / full range: median %.3f (%.3f-%.3f, %d rounds)%n", ratios[rounds / 2], ratios[0],
                ratios[rounds - 1], rounds);
    }
}
