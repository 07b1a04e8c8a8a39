package org.syncytium.benchmarks.neuron;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.plugins.hh.HhPscAlphaGapModel;

/**
 * The {@code hh_psc_alpha_gap} hot path: one final pass ({@code Population.update}) and one trial pass
 * ({@code trialUpdate}) over a 20-step slice (1 ms at h = 0.05 ms) of 500 or 50,000 neurons, at the
 * seed network's input ({@link BenchmarkSlice}), with and without gap input (order 3). Scores are
 * neuron-steps per second (one operation = one neuron advanced by one step). Single-threaded.
 *
 * <pre>
 * mvn -B -o -q -pl benchmarks compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" org.openjdk.jmh.Main HhPopulationBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class HhPopulationBenchmark {

    static final int STEPS = 20;
    static final double RESOLUTION = 0.05;
    static final int ORDER = 3;

    /** Neurons and their slice input. */
    @State(Scope.Thread)
    public abstract static class Network {

        @Param({"false", "true"})
        public boolean gap;

        Population population;
        BenchmarkSlice io;

        abstract int neurons();

        @Setup(Level.Trial)
        public void setUp() {
            int n = neurons();
            population = new HhPscAlphaGapModel().createPopulation(n);
            Random random = new Random(42);
            String[] vm = {"V_m"};
            for (int i = 0; i < n; i++) {
                population.set(i, vm, new double[] {-80.0 + 40.0 * random.nextDouble()});
            }
            boolean coupled = gap;
            population.prepare(new RunContext() {
                @Override
                public double resolution() {
                    return RESOLUTION;
                }

                @Override
                public int sliceSteps() {
                    return STEPS;
                }

                @Override
                public int interpolationOrder() {
                    return ORDER;
                }

                @Override
                public boolean gapCoupled() {
                    return coupled;
                }
            });
            io = new BenchmarkSlice(n, STEPS, ORDER, gap, 7);
            // run into the driven regime first (the first 20 ms are dominated by the initial burst)
            for (int slice = 0; slice < 20; slice++) {
                population.update(0, n, io);
            }
        }
    }

    /** 500 neurons: the seed network. */
    @State(Scope.Thread)
    public static class Small extends Network {
        static final int N = 500;

        @Override
        int neurons() {
            return N;
        }
    }

    /** 50,000 neurons: state arrays far beyond the caches. */
    @State(Scope.Thread)
    public static class Large extends Network {
        static final int N = 50_000;

        @Override
        int neurons() {
            return N;
        }
    }

    @Benchmark
    @OperationsPerInvocation(Small.N * STEPS)
    public long update500(Small net) {
        net.population.update(0, Small.N, net.io);
        return net.io.spikes;
    }

    @Benchmark
    @OperationsPerInvocation(Large.N * STEPS)
    public long update50k(Large net) {
        net.population.update(0, Large.N, net.io);
        return net.io.spikes;
    }

    @Benchmark
    @OperationsPerInvocation(Small.N * STEPS)
    public boolean trialPass500(Small net) {
        return net.population.trialUpdate(0, Small.N, net.io, 1e-4);
    }

    @Benchmark
    @OperationsPerInvocation(Large.N * STEPS)
    public boolean trialPass50k(Large net) {
        return net.population.trialUpdate(0, Large.N, net.io, 1e-4);
    }
}
