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
 * hh_psc_alpha_gap's integrators side by side: the scalar {@code rkf45} against the vectorised
 * {@code rkf45_simd}, with and without gap input (order 3), over one WFR trial pass and one final
 * pass of a 20-step slice of 500 neurons at the seed network's input ({@link BenchmarkSlice}).
 * Score = neuron-steps per second. The fork gets {@code --add-modules jdk.incubator.vector}.
 * rkf45_simd runs its scalar twin until a background thread has got the lanes compiled (a second or
 * two); the warm-up iterations cover that, shorter ones (-w 1) may measure the twin.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" \
 *     org.openjdk.jmh.Main IntegratorBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class IntegratorBenchmark {

    static final int N = 500;
    static final int STEPS = 20;

    /** 500 neurons with the integrator and gap input of the parameters. */
    @State(Scope.Thread)
    public static class Network {

        @Param({"rkf45", "rkf45_simd"})
        public String integrator;

        @Param({"false", "true"})
        public boolean gap;

        Population population;
        BenchmarkSlice io;

        @Setup(Level.Trial)
        public void setUp() {
            population = new HhPscAlphaGapModel().createPopulation(N);
            population.setOption("integrator", integrator);
            Random random = new Random(42);
            for (int i = 0; i < N; i++) {
                population.set(i, new String[] {"V_m"}, new double[] {-80.0 + 40.0 * random.nextDouble()});
            }
            boolean coupled = gap;
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
                    return 3;
                }

                @Override
                public boolean gapCoupled() {
                    return coupled;
                }
            });
            io = new BenchmarkSlice(N, STEPS, 3, gap, 7);
            for (int slice = 0; slice < 20; slice++) {
                population.update(0, N, io); // past the initial burst
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(N * STEPS)
    public boolean trialPass(Network net) {
        return net.population.trialUpdate(0, N, net.io, 1e-4);
    }

    @Benchmark
    @OperationsPerInvocation(N * STEPS)
    public long finalPass(Network net) {
        net.population.update(0, N, net.io);
        return net.io.spikes;
    }
}
