package org.syncytium.plugins.hh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;

/**
 * Gets rkf45_simd's vector code compiled before the simulation uses it. Until C2 has compiled it, the
 * Vector API runs interpreted or in C1 and boxes every vector: about 100× slower than compiled and
 * 50× slower than the scalar integrator, for the first ~100,000 neuron-steps of a process. So the
 * first population that asks for the lanes starts this daemon thread, which runs the lanes on a
 * small synthetic network (trial and final passes, gap orders 3, 1 and 0, no gap, spike input) until
 * a round costs less than {@value #HOT_NS_PER_NEURON_STEP} ns of CPU per neuron-step twice in a row;
 * meanwhile the populations run rkf45_simd's scalar twin, whose results are the lanes' bit for bit
 * (SimdAgreementTest). Which of the two ran a pass therefore never changes a result, only the time.
 * If the lanes do not get fast within {@value #GIVE_UP_CPU_NS} ns of CPU time, or fail, the twin
 * stays in use and one line on standard error says why.
 */
final class SimdWarmup {

    /** Compiled lanes take a few hundred ns per neuron-step; interpreted tens of thousands. */
    static final long HOT_NS_PER_NEURON_STEP = 2_000;
    private static final int NEURONS = 64;
    private static final int STEPS = 20;
    /** Give up (the scalar twin stays in use) after this much CPU time of the warm-up thread. */
    private static final long GIVE_UP_CPU_NS = 120_000_000_000L;

    /**
     * System property {@code syncytium.simd.warmup.log=true}: print to stderr when the lanes are
     * compiled (wall and CPU time of the warm-up, JVM uptime), to study a fresh process's start.
     */
    private static final boolean LOG = Boolean.getBoolean("syncytium.simd.warmup.log");

    private static volatile boolean hot;
    private static volatile boolean started;
    /**
     * The bundle is stopping ({@link #stop()}): the framework may close its class loader under the
     * warm-up, whose NoClassDefFoundError would then read as a defect of the lanes.
     */
    private static volatile boolean stopping;
    /** What {@link #warmUp(long)} returns when it ends because the bundle stops. */
    static final String STOPPED = "the warm-up stopped with its bundle";

    private SimdWarmup() {
    }

    /** True once the lanes run compiled; the first call starts the warm-up. */
    static boolean hot() {
        if (!hot && !started && !stopping) {
            start();
        }
        return hot;
    }

    /**
     * The bundle stops (at the end of every launcher run, or when a user stops it): a running warm-up
     * ends at its next round, quietly, and a failure it meets meanwhile is not reported.
     */
    static void stop() {
        stopping = true;
    }

    /** The bundle (re)starts: a warm-up that {@link #stop()} ended may run again when a population asks. */
    static void resume() {
        stopping = false;
    }

    /** The line a failed or given-up warm-up prints on standard error; null if there is nothing to say. */
    static String complaint(String problem) {
        if (problem == null || stopping || STOPPED.equals(problem)) {
            return null;
        }
        // otherwise a run would be several times slower with no word why
        return "syncytium: hh_psc_alpha_gap: " + problem
                + "; integrator rkf45_simd runs its scalar twin instead (the same results, slower)";
    }

    /** Tests: use the lanes from now on, compiled or not. */
    static void assumeHot() {
        started = true;
        hot = true;
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(() -> {
            String problem = warmUp(GIVE_UP_CPU_NS);
            String complaint = complaint(problem);
            if (complaint != null) {
                System.err.println(complaint);
            }
            hot = problem == null;
            if (STOPPED.equals(problem)) {
                started = false; // the bundle stopped it: a population asking once the bundle runs again starts anew
            }
        }, "syncytium-hh-psc-alpha-gap-simd-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@link #warmUp(long)} with the usual budget. */
    static String warmUp() {
        return warmUp(GIVE_UP_CPU_NS);
    }

    /**
     * Runs the lanes on the synthetic network, on the calling thread, until they are fast: then
     * returns null; or until {@code budgetNs} of CPU time is spent or they fail: then returns why.
     */
    static String warmUp(long budgetNs) {
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
            HhPopulation[] populations = {network(3, true), network(1, true), network(0, true), network(3, false)};
            Slice[] slices = new Slice[populations.length];
            for (int p = 0; p < populations.length; p++) {
                slices[p] = new Slice(populations[p].order() + 1);
            }
            Rkf45Simd lanes = Workspace.current().simd();
            long start = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            long wallStart = System.nanoTime();
            int fast = 0;
            int round = 0;
            for (; fast < 2; round++) {
                if (stopping) {
                    return STOPPED;
                }
                long before = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                // mostly the seed network's case (order 3); the others so that their branches are compiled too
                int p = round % 8 < 5 ? 0 : round % 8 - 4;
                if (populations[p].gapCoupled()) {
                    lanes.trialUpdate(populations[p], 0, NEURONS, slices[p], 1e-4);
                }
                lanes.update(populations[p], 0, NEURONS, slices[p]);
                long spent = (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - before;
                int passes = populations[p].gapCoupled() ? 2 : 1;
                fast = p == 0 && spent < HOT_NS_PER_NEURON_STEP * NEURONS * STEPS * passes ? fast + 1 : p == 0 ? 0 : fast;
                if ((cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start > budgetNs) {
                    return String.format(Locale.ROOT, "the vectorised lanes did not run compiled within %.1f s of %s "
                            + "(is the JIT restricted, e.g. by -Xint or -XX:TieredStopAtLevel?)", budgetNs / 1e9,
                            cpuTime ? "CPU time" : "wall time");
                }
            }
            if (LOG) {
                long cpu = (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
                System.err.printf("rkf45_simd: lanes compiled after %d ms (warm-up thread CPU %d ms, %d rounds), JVM uptime %d ms%n",
                        (System.nanoTime() - wallStart) / 1_000_000, cpu / 1_000_000, round,
                        ManagementFactory.getRuntimeMXBean().getUptime());
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return failed(e);
        }
    }

    /** Why the warm-up stopped at {@code e}: a defect of the lanes (their scalar twin stays in use). */
    static String failed(Throwable e) {
        return "the vectorised lanes failed their warm-up (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    private static HhPopulation network(int order, boolean gap) {
        HhPopulation population = new HhPopulation(new HhPscAlphaGapModel(), NEURONS);
        for (int i = 0; i < NEURONS; i++) {
            population.set(i, new String[] {"V_m", "I_e"}, new double[] {-75.0 + 0.5 * i, 100.0 + 3.0 * i});
        }
        population.prepare(new RunContext() {
            @Override
            public double resolution() {
                return 0.05;
            }

            @Override
            public int sliceSteps() {
                return STEPS;
            }

            @Override
            public int interpolationOrder() {
                return order;
            }

            @Override
            public boolean gapCoupled() {
                return gap;
            }
        });
        return population;
    }

    /** Synthetic slice input: spikes, a partner waveform around −60 mV, half the neurons sampled. */
    private static final class Slice implements SliceIO {
        private final double[] spikeEx = new double[NEURONS * STEPS];
        private final double[] spikeIn = new double[NEURONS * STEPS];
        private final double[] current = new double[NEURONS * STEPS];
        private final double[] gapS = new double[NEURONS];
        private final double[] gapIn;
        private final double[] gapOut;

        Slice(int width) {
            gapIn = new double[NEURONS * STEPS * width];
            gapOut = new double[NEURONS * STEPS * width];
            Arrays.fill(gapS, 10.0);
            for (int x = 0; x < NEURONS * STEPS; x++) {
                gapIn[x * width] = 10.0 * (-60.0 + (x % 7));
                if (width > 1) {
                    gapIn[x * width + 1] = (x % 5) - 2.0;
                }
                spikeEx[x] = x % 37 == 0 ? 300.0 : 0.0;
                spikeIn[x] = x % 53 == 0 ? -50.0 : 0.0;
            }
        }

        @Override
        public long originStep() {
            return 0;
        }

        @Override
        public int firstStep() {
            return 0;
        }

        @Override
        public int endStep() {
            return STEPS;
        }

        @Override
        public double[] spikeExcitatory() {
            return spikeEx;
        }

        @Override
        public double[] spikeInhibitory() {
            return spikeIn;
        }

        @Override
        public double[] currentInput() {
            return current;
        }

        @Override
        public double[] gapConductance() {
            return gapS;
        }

        @Override
        public double[] gapCoefficientsIn() {
            return gapIn;
        }

        @Override
        public double[] gapCoefficientsOut() {
            return gapOut;
        }

        @Override
        public void spike(int i, int l) {
            // synthetic
        }

        @Override
        public boolean isSampled(int i) {
            return (i & 1) == 0;
        }

        @Override
        public void sample(int i, int l) {
            // synthetic
        }
    }
}
