package org.syncytium.benchmarks.kernel;

import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.Kernels;
import org.syncytium.plugins.iaf.IafPscAlphaModel;
import org.syncytium.plugins.poisson.PoissonGenerator;
import org.syncytium.plugins.rules.AllToAllRule;
import org.syncytium.plugins.rules.FixedIndegreeRule;
import org.syncytium.plugins.spikerecorder.SpikeRecorder;
import org.syncytium.plugins.staticsynapse.StaticSynapse;

/**
 * The kernel's own cost per slice, with a cheap neuron model so that delivery, spike routing,
 * recording, device emission and the worker pool's hand-overs dominate: 10,000
 * {@code iaf_psc_alpha} neurons, 100 random inputs each (1 M connections), one Poisson generator to
 * all, every neuron recorded; one operation = one simulated millisecond (10 steps, one slice).
 *
 * <pre>
 * java -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" org.openjdk.jmh.Main KernelSliceBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class KernelSliceBenchmark {
    @Param({"1", "2"})
    public int threads;

    private Simulator sim;

    @Setup(Level.Trial)
    public void setUp() {
        sim = Kernels.factory(List.of(new IafPscAlphaModel(), new StaticSynapse(), new AllToAllRule(),
                new FixedIndegreeRule(), new PoissonGenerator(), new SpikeRecorder())).newSimulator();
        sim.setKernelStatus(Map.of("total_num_virtual_procs", threads));
        NodeCollection neurons = sim.create("iaf_psc_alpha", 10_000);
        NodeCollection noise = sim.create("poisson_generator", 1, Map.of("rate", 8000.0));
        NodeCollection recorder = sim.create("spike_recorder", 1);
        sim.connect(neurons, neurons, Map.of("rule", "fixed_indegree", "indegree", 100),
                Map.of("weight", RandomParameter.normal(-5.0, 10.0), "delay", 1.5));
        sim.connect(noise, neurons, Map.of(), Map.of("weight", 87.8, "delay", 1.0));
        sim.connect(neurons, recorder, Map.of(), Map.of());
        sim.simulate(50.0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /** One slice of the whole network. */
    @Benchmark
    public void oneMillisecond() {
        sim.simulate(1.0);
    }
}
