package org.syncytium.benchmarks.kernel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.syncytium.core.gap.GapExchange;

/**
 * {@link GapExchangeBenchmark}'s old and new exchange on a busy machine: CPU time of this thread
 * (not wall time), the two alternating round by round in one process, and a check that both give
 * the same bits. Run it with and without {@code --add-modules jdk.incubator.vector} to see the
 * vectorised sum and its scalar twin against the plain loop.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" \
 *     org.syncytium.benchmarks.kernel.GapExchangeCpuTime [neurons ...]
 * </pre>
 */
public final class GapExchangeCpuTime {
    private GapExchangeCpuTime() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {500, 50_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("java %s, gap sum %s%n", Runtime.version(),
                GapExchange.vectorised() ? "vectorised (Vector API)" : "scalar twin (no Vector API)");
        for (int neurons : sizes) {
            GapExchangeBenchmark bench = new GapExchangeBenchmark();
            bench.neurons = neurons;
            bench.setUp();
            long madds = (long) neurons * GapExchangeBenchmark.PARTNERS * GapExchangeBenchmark.STEPS
                    * (GapExchangeBenchmark.ORDER + 1);
            int reps = (int) Math.max(2, 300_000_000L / madds);
            for (int round = 0; round < 6; round++) {
                long t0 = threads.getCurrentThreadCpuTime();
                double[] old = null;
                for (int r = 0; r < reps; r++) {
                    old = bench.plain();
                }
                old = old.clone();
                long t1 = threads.getCurrentThreadCpuTime();
                double[] now = null;
                for (int r = 0; r < reps; r++) {
                    now = bench.blocked();
                }
                long t2 = threads.getCurrentThreadCpuTime();
                if (!Arrays.equals(old, now)) {
                    throw new AssertionError("the exchanges differ");
                }
                double plain = (t1 - t0) / (double) reps;
                double blocked = (t2 - t1) / (double) reps;
                System.out.printf("%,d neurons, round %d: plain %.3f ms, blocked %.3f ms per exchange "
                        + "(%.3f / %.3f ns per multiply-add), %.2fx, same bits%n", neurons, round, plain / 1e6,
                        blocked / 1e6, plain / madds, blocked / madds, plain / blocked);
            }
        }
    }
}
