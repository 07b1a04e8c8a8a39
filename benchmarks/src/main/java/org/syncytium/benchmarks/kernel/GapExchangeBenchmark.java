package org.syncytium.benchmarks.kernel;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.gap.GapExchange;

/**
 * The gap-junction exchange after a WFR trial pass, old against new: every neuron sums the
 * 80-coefficient waveforms (D = 20 steps, order 3) of its 60 random partners, as in the seed
 * network (500 neurons, 30,000 directed gap connections), and at 50,000 neurons, where the
 * partners' waveforms (32 MB) no longer fit in the caches. One operation = one exchange over all
 * neurons on one thread.
 * <ul>
 * <li>{@code plain}: the loop before this benchmark, partner by partner {@code c += g · out};</li>
 * <li>{@code blocked}: {@link GapExchange} as the kernel runs it (the fork gets
 * {@code --add-modules jdk.incubator.vector}: the vectorised sum);</li>
 * <li>{@code blockedWithoutVectorApi}: {@link GapExchange} in a JVM without the Vector API (its
 * scalar twin).</li>
 * <li>{@code constant}: the constant pull after a final pass ({@link GapExchange#exchangeConstant}),
 * which runs every step without WFR: one sum of g · V over each neuron's 60 partners (D = 1 step,
 * order 0, as the stepwise solver plans it). Its time divided by 30,000 (or 3,000,000) is the cost
 * per connection.</li>
 * </ul>
 * All give the same bits as the plain loop (core's GapSumTest and ConstantPullTest).
 *
 * <pre>
 * java -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" org.openjdk.jmh.Main GapExchangeBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class GapExchangeBenchmark {
    static final int STEPS = 20;
    static final int ORDER = 3;
    static final int PARTNERS = 60;

    @Param({"500", "50000"})
    public int neurons;

    private GapTable gaps;
    private PopulationBuffers[] buffers;
    private int[] populationOf;
    private int[] localOf;
    private GapExchange exchange;
    private PopulationBuffers[] constantBuffers;
    private GapExchange constantExchange;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(1);
        gaps = new GapTable();
        // 60 incoming connections per neuron as in the seed network's 15,000 symmetric pairs
        for (int pair = 0; pair < neurons * PARTNERS / 2; pair++) {
            int a = random.nextInt(neurons);
            int b = random.nextInt(neurons);
            gaps.add(b, a, 0.3);
            gaps.add(a, b, 0.3);
        }
        gaps.compile(neurons);
        buffers = new PopulationBuffers[] {new PopulationBuffers(neurons, STEPS, ORDER, true)};
        double[] out = buffers[0].gapOut();
        for (int j = 0; j < out.length; j++) {
            out[j] = j % (ORDER + 1) == 0 ? -65.0 + 10.0 * random.nextGaussian() : random.nextGaussian();
        }
        populationOf = new int[neurons];
        localOf = new int[neurons];
        for (int i = 0; i < neurons; i++) {
            localOf[i] = i;
        }
        exchange = new GapExchange(gaps, buffers, populationOf, localOf, null);
        // the stepwise solver's layout: V at the end of the one-step slice, gathered once
        constantBuffers = new PopulationBuffers[] {new PopulationBuffers(neurons, 1, 0, true)};
        constantExchange = new GapExchange(gaps, constantBuffers, populationOf, localOf, null);
        double[] v = constantBuffers[0].gapOutNext();
        for (int i = 0; i < neurons; i++) {
            v[i] = -65.0 + 10.0 * random.nextGaussian();
        }
        constantExchange.gatherConstants(0, 0, 0, neurons);
        constantExchange.publishConstants();
    }

    @Benchmark
    public double[] plain() {
        PopulationBuffers target = buffers[0];
        int stride = target.stride();
        double[] s = target.gapConductance();
        double[] c = target.gapIn();
        for (int n = 0; n < neurons; n++) {
            s[n] = gaps.conductanceSum(n);
            int base = n * stride;
            Arrays.fill(c, base, base + stride, 0.0);
            int end = gaps.rowStart(n + 1);
            for (int k = gaps.rowStart(n); k < end; k++) {
                int partner = gaps.partner(k);
                double g = gaps.conductance(k);
                double[] out = buffers[populationOf[partner]].gapOut();
                int source = localOf[partner] * stride;
                for (int m = 0; m < stride; m++) {
                    c[base + m] += g * out[source + m];
                }
            }
        }
        return c;
    }

    @Benchmark
    public double[] blocked() {
        exchange.exchange(0, 0, 0, neurons);
        return buffers[0].gapIn();
    }

    @Benchmark
    @Fork(1)
    public double[] blockedWithoutVectorApi() {
        exchange.exchange(0, 0, 0, neurons);
        return buffers[0].gapIn();
    }

    @Benchmark
    public double[] constant() {
        constantExchange.exchangeConstant(0, 0, 0, neurons);
        return constantBuffers[0].gapIn();
    }
}
