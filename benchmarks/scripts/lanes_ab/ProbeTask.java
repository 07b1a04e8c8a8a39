package org.syncytium.benchmarks.neuron;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.plugins.hh.HhPscAlphaGapModel;

/**
 * One side of lanes_ab.sh: trial and final passes of hh_psc_alpha_gap over a synthetic slice
 * (BenchmarkSlice: the seed network's input), CPU time of this thread per neuron-step. Compiled
 * against each build, loaded by its own class loader.
 */
public final class ProbeTask {

    /** Steps per slice (system property probe.steps): 20 as the seed network with WFR, 1 as without. */
    private static final int STEPS = Integer.getInteger("probe.steps", 20);
    /** Gap interpolation order (probe.order): 3 with WFR, 0 without. */
    private static final int ORDER = Integer.getInteger("probe.order", 3);
    private static Population population;
    private static BenchmarkSlice io;
    private static int neurons;

    private ProbeTask() {
    }

    public static void setup(int n, String integrator) {
        neurons = n;
        population = new HhPscAlphaGapModel().createPopulation(n);
        population.setOption("integrator", integrator);
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            population.set(i, new String[] {"V_m"}, new double[] {-80.0 + 40.0 * random.nextDouble()});
        }
        population.prepare(new RunContext() {
            public double resolution() {
                return 0.05;
            }

            public int sliceSteps() {
                return STEPS;
            }

            public int interpolationOrder() {
                return ORDER;
            }

            public boolean gapCoupled() {
                return true;
            }
        });
        io = new BenchmarkSlice(n, STEPS, ORDER, true, 7);
    }

    /** CPU ns per neuron-step of {@code reps} trial passes and {@code reps} final passes. */
    public static double[] measure(int reps) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < reps; r++) {
            population.trialUpdate(0, neurons, io, 1e-4);
        }
        long t1 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < reps; r++) {
            population.update(0, neurons, io);
        }
        long t2 = mx.getCurrentThreadCpuTime();
        double steps = (double) reps * neurons * STEPS;
        return new double[] {(t1 - t0) / steps, (t2 - t1) / steps};
    }
}
