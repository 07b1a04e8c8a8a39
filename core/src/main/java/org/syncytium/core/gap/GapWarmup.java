package org.syncytium.core.gap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.syncytium.core.connect.GapTable;

/**
 * Gets the vectorised gap sum compiled before the exchange uses it. Until C2 has compiled it, the
 * Vector API runs interpreted or in C1 and boxes every vector (about 100× slower than compiled, and
 * it allocates: the kernel's steady state must not). So the first exchange that could use it starts
 * this daemon thread, which runs {@link VectorGapSum} on a small synthetic network (every block
 * width and the scalar tail, one and two source arrays, empty rows) until a round costs less than
 * {@value #HOT_NS_PER_MULTIPLY_ADD} ns of CPU per multiply-add three times in a row (and at least
 * {@value #MIN_ROUNDS} rounds); meanwhile the
 * exchange runs the scalar twin, whose results are the vector sum's bit for bit (GapSumTest).
 * Which of the two ran therefore never changes a result, only the time. If the vector sum does not
 * get fast within {@value #GIVE_UP_CPU_NS} ns of CPU time, or fails, the scalar twin stays in use and
 * one line on standard error says why.
 */
final class GapWarmup {
    /** Compiled: about 0.05 ns per multiply-add; interpreted or boxed: several ns. */
    static final double HOT_NS_PER_MULTIPLY_ADD = 1.0;
    private static final int NEURONS = 64;
    private static final int PARTNERS = 12;
    private static final int MIN_ROUNDS = 200;
    /** Give up (the scalar twin stays in use) after this much CPU time of the warm-up thread. */
    private static final long GIVE_UP_CPU_NS = 60_000_000_000L;

    private static volatile boolean hot;
    private static volatile boolean started;

    private GapWarmup() {
    }

    /** True once the vector sum runs compiled; the first call starts the warm-up. */
    static boolean hot() {
        if (!hot && !started) {
            start();
        }
        return hot;
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(() -> {
            String problem = warmUp(GIVE_UP_CPU_NS);
            if (problem != null) {
                // otherwise the gap exchange would be several times slower with no word why
                System.err.println("syncytium: gap junctions: " + problem
                        + "; the exchange runs the scalar sum instead (the same results, slower)");
            }
            hot = problem == null;
        }, "syncytium-gap-exchange-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@link #warmUp(long)} with the usual budget. */
    static String warmUp() {
        return warmUp(GIVE_UP_CPU_NS);
    }

    /**
     * Runs the vector sum on the calling thread until it is fast: then returns null; or until
     * {@code budgetNs} of CPU time is spent or it fails: then returns why.
     */
    static String warmUp(long budgetNs) {
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
            int lanes = VectorGapSum.SPECIES.length();
            // every block (10, 8, 4, 2, 1 vectors) and a scalar tail in one row; and the seed stride
            int[] strides = {25 * lanes + 3, 80};
            GapTable gaps = new GapTable();
            for (int t = 0; t < NEURONS; t++) {
                int row = t % 9 == 0 ? 0 : PARTNERS; // empty rows too
                for (int k = 0; k < row; k++) {
                    gaps.add(t, (t * 7 + k * 13) % NEURONS, 0.1 + 0.01 * k);
                }
            }
            gaps.compile(NEURONS);
            int[] populationOf = new int[NEURONS];
            int[] rowOf = new int[NEURONS];
            int[] halves = new int[NEURONS];
            int[] halfRows = new int[NEURONS];
            for (int n = 0; n < NEURONS; n++) {
                rowOf[n] = n;
                halves[n] = n % 2;
                halfRows[n] = n / 2;
            }
            long start = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            int fast = 0;
            // at least MIN_ROUNDS: the fast rounds may come from the loop's own compilation, with
            // the sum inlined; the standalone methods the exchange calls need their own call counts
            for (int round = 0; fast < 3 || round < MIN_ROUNDS; round++) {
                int stride = strides[round % 2];
                double[] out = new double[NEURONS * stride];
                for (int j = 0; j < out.length; j++) {
                    out[j] = -65.0 + (j % 11);
                }
                double[] c = new double[NEURONS * stride];
                GapSum one = new VectorGapSum(gaps, new double[][] {out}, populationOf, rowOf, out);
                GapSum two = new VectorGapSum(gaps, new double[][] {out, out}, halves, halfRows, null);
                long before = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                for (int repeat = 0; repeat < 20; repeat++) {
                    GapSum sum = repeat % 4 == 3 ? two : one;
                    for (int t = 0; t < NEURONS; t++) {
                        sum.row(c, t * stride, stride, gaps.rowStart(t), gaps.rowStart(t + 1));
                    }
                }
                long spent = (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - before;
                double madds = 20.0 * gaps.size() * stride;
                fast = spent < HOT_NS_PER_MULTIPLY_ADD * madds ? fast + 1 : 0;
                if ((cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start > budgetNs) {
                    return String.format(Locale.ROOT, "the vectorised gap sum did not run compiled within %.1f s "
                            + "of %s (is the JIT restricted, e.g. by -Xint or -XX:TieredStopAtLevel?)", budgetNs / 1e9,
                            cpuTime ? "CPU time" : "wall time");
                }
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return "the vectorised gap sum failed its warm-up (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
    }
}
