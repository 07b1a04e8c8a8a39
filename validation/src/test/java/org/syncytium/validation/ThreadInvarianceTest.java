package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncytium.validation.Nest.dict;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.param.RandomParameter;

/**
 * A small version of the seed network (50 hh_psc_alpha_gap, fixed_indegree 5 inhibitory, one
 * 500 Hz Poisson generator, 150 random symmetric gap pairs of 0.3 nS, random V_m, 50 ms at
 * h = 0.05 ms), run with 1, 2 and 4 threads, with wfr and with stepwise: spikes (and WFR iteration
 * counts) must be identical,
 * the design's contract (stronger than NEST's, which fixes the number of virtual processes).
 */
class ThreadInvarianceTest {

    private static final double H = 0.05;
    private static final int NEURONS = 50;
    private static final int GAP_PAIRS = 150;

    private record Result(List<Spike> spikes, SortedMap<Integer, Long> iterations) {
    }

    private static Result run(long threads, boolean useWfr) {
        try (Simulator sim = Syncytium.newSimulator()) {
            sim.setKernelStatus(dict("resolution", H, "local_num_threads", threads, "rng_seed", 12345L,
                    "use_wfr", useWfr));
            NodeCollection neurons = sim.create("hh_psc_alpha_gap", NEURONS);
            NodeCollection noise = sim.create("poisson_generator", 1, dict("rate", 500.0));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            sim.connect(neurons, neurons, dict("rule", "fixed_indegree", "indegree", 5L, "allow_autapses", false),
                    dict("weight", -50.0, "delay", 1.0));
            sim.connect(noise, neurons, dict("rule", "all_to_all"), dict("weight", 300.0, "delay", 1.0));
            sim.connect(neurons, recorder, dict("rule", "all_to_all"), dict());
            neurons.set("V_m", RandomParameter.uniform(-80.0, -40.0));
            GapPairs.connect(sim, neurons, NEURONS, GAP_PAIRS, 1, 0.3);
            sim.simulate(50.0);
            return new Result(Spike.of(recorder.events(), H), Iterations.histogram(sim));
        }
    }

    @Test
    void stepwiseSpikesDoNotDependOnTheNumberOfThreads() {
        Result one = run(1, false);
        System.out.printf("[validation] seed-like network, stepwise: %d spikes%n", one.spikes().size());
        for (long threads : new long[] {2, 4}) {
            assertEquals(one.spikes(), run(threads, false).spikes(), "stepwise spikes with " + threads + " threads");
        }
    }

    @Test
    void spikesDoNotDependOnTheNumberOfThreads() {
        Result one = run(1, true);
        assertTrue(one.spikes().size() > 10, "the network should fire: " + one.spikes().size());
        assertTrue(!one.iterations().isEmpty(), "gap junctions make WFR iterate");
        System.out.printf("[validation] seed-like network: %d spikes, WFR passes %s (mean %.2f)%n",
                one.spikes().size(), one.iterations(), Iterations.mean(one.iterations()));
        for (long threads : new long[] {2, 4}) {
            Result other = run(threads, true);
            assertEquals(one.spikes(), other.spikes(), "spikes with " + threads + " threads");
            assertEquals(one.iterations(), other.iterations(), "iterations with " + threads + " threads");
        }
    }
}
