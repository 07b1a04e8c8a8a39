package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.SplitPolicy;
import org.syncytium.core.comm.CommunicatorChoice;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.kernel.KernelModule;
import org.syncytium.core.kernel.KernelSimulator;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * How many pool rounds (barriers) a slice takes: a slice without trial passes (the stepwise
 * solver's, one step long) delivers its input and pulls the constant gap input inside its final
 * pass, so it is one round, not two; a WFR slice is one round for the delivery, one per trial
 * pass, one for the final pass. Whoever delivers which neuron, the run is the one-thread run bit
 * for bit, also when a worker holds a single neuron and simulate calls end inside slices; the
 * same holds for the devices' emission and the samples, which the first worker done with its
 * neurons handles during the pass.
 */
class PoolRoundsTest {
    private static final int N = 60;

    /** Worker 0 keeps one neuron, worker 1 the rest (after the first pass, which splits equally). */
    private static final SplitPolicy ONE_AND_REST = (previous, costs, next) -> {
        System.arraycopy(previous, 0, next, 0, previous.length);
        if (previous.length == 3 && previous[2] - previous[0] > 1) {
            next[1] = previous[0] + 1;
        }
    };

    private record Result(double[] v, double[] inputs, long rounds, double slices) {
    }

    /** A gap-coupled network with Poisson drive and spikes between neurons; the pool rounds of the last chunk. */
    private static Result run(int cores, SplitPolicy split, String solver, double... chunks) {
        TestNeuronModel gapModel = TestNeuronModel.gap();
        List<Extension> extensions = Fixtures.all();
        extensions.removeIf(e -> e.name().equals("test_gap"));
        extensions.add(gapModel);
        ExtensionRegistry registry = new ExtensionRegistry();
        extensions.forEach(registry::add);
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                new KernelModule(registry, new MachineOptions(cores, s -> { }, split), CommunicatorChoice.choose(registry)));
        WorkerPool pool = injector.getInstance(WorkerPool.class);
        try (Simulator sim = injector.getInstance(KernelSimulator.class)) {
            sim.setKernelStatus(Map.of("total_num_virtual_procs", 2, "coupling_solver", solver));
            double[] v0 = new double[N];
            for (int i = 0; i < N; i++) {
                v0[i] = ((i * 17) % N) / (double) N;
            }
            NodeCollection n = sim.create("test_gap", N, Map.of("V_m", v0, "V_th", 1.5, "I_e", 0.2));
            gapModel.last().traceInputs = false;
            NodeCollection poisson = sim.create("test_poisson", 1, Map.of("rate", 4000.0));
            sim.connect(poisson, n, Map.of(), Map.of("weight", 0.05, "delay", 1.0));
            sim.connect(n, n, Map.of("rule", "fixed_indegree", "indegree", 5), Map.of("weight", -0.1, "delay", 1.5));
            long[] sources = new long[3 * N];
            long[] targets = new long[3 * N];
            for (int k = 0; k < sources.length; k++) {
                sources[k] = n.id(k % N);
                targets[k] = n.id((k * 7 + 1 + k / N) % N);
            }
            sim.connect(sources, targets, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", 0.02));
            long before = 0;
            double clockBefore = 0;
            for (double ms : chunks) {
                before = pool.rounds();
                clockBefore = (Double) sim.getKernelStatus("biological_time");
                sim.simulate(ms);
            }
            double minDelay = (Double) sim.getKernelStatus("min_delay");
            double slices = ((Double) sim.getKernelStatus("biological_time") - clockBefore) / minDelay;
            return new Result(n.getValues("V_m"), n.getValues("input_sum"), pool.rounds() - before, slices);
        }
    }

    @Test
    void aStepwiseSliceIsOnePoolRound() {
        Result result = run(2, SplitPolicy.MEASURED, "stepwise", 2.0, 5.0);
        assertEquals(50.0, result.slices(), 1e-9);
        assertEquals(50, result.rounds(), "one pool round per one-step slice");
    }

    @Test
    void aWfrSliceIsTheDeliveryTheTrialPassesAndTheFinalPass() {
        Result result = run(2, SplitPolicy.MEASURED, "wfr", 2.0, 5.0);
        assertEquals(5.0, result.slices(), 1e-9);
        // at least one trial pass per slice
        assertTrue(result.rounds() >= 3 * 5, "rounds " + result.rounds());
    }

    private static Networks.Output stepwise(int cores, int vps, double... chunks) {
        try (Networks.Built net = Networks.build(cores, vps)) {
            net.sim().setKernelStatus(Map.of("coupling_solver", "stepwise"));
            for (double ms : chunks) {
                net.sim().simulate(ms);
            }
            return Networks.output(net);
        }
    }

    @Test
    void emissionAndSamplesInsideTheFinalPassChangeNoEvent() {
        // the devices emit and the last slice's samples are handed on by the driver during the
        // pass; spikes, samples (order included) and V_m are those of one thread
        Networks.Output reference = stepwise(1, 1, 12.0);
        assertTrue(reference.senders().length > 20, "the network should spike: " + reference.senders().length);
        assertEquals(5 * 40, reference.sampleSenders().length, "samples every 0.3 ms of 5 neurons");
        assertEquals(reference.asList(), stepwise(2, 2, 12.0).asList(), "2 threads");
        assertEquals(reference.asList(), stepwise(2, 3, 12.0).asList(), "3 VPs on 2 threads");
        // every simulate call ends with its samples handed on, also a call of one step
        assertEquals(reference.asList(), stepwise(2, 2, 4.3, 0.0, 0.1, 0.1, 7.5).asList(), "pieces");
    }

    @Test
    void deliveryInsideTheFinalPassChangesNoBit() {
        for (String solver : new String[] {"stepwise", "wfr"}) {
            Result reference = run(1, SplitPolicy.EQUAL, solver, 10.0);
            assertTrue(java.util.Arrays.stream(reference.inputs()).filter(x -> x != 0).count() > N / 2,
                    solver + ": most neurons should receive spikes");
            for (SplitPolicy split : new SplitPolicy[] {ONE_AND_REST, SplitPolicy.MEASURED}) {
                Result two = run(2, split, solver, 10.0);
                assertArrayEquals(reference.v(), two.v(), solver + ": V_m");
                assertArrayEquals(reference.inputs(), two.inputs(), solver + ": summed spike input");
                // simulate calls that end inside slices
                Result pieces = run(2, split, solver, 2.3, 0.0, 1.2, 6.5);
                assertArrayEquals(reference.v(), pieces.v(), solver + ": V_m after calls ending inside slices");
                assertArrayEquals(reference.inputs(), pieces.inputs(), solver + ": spike input, pieces");
            }
        }
    }
}
