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
 * Reference 9.13: the seed script with gap_weight = 0.0 still creates every gap connection; NEST
 * 3.9 then runs WFR with exactly 2 iterations per interval (the first pass never converges, the
 * second finds nothing changed) and produces exactly the spikes of the network without gap
 * connections. Checked on a small seed-like network.
 */
class ZeroWeightGapTest {

    private static final double H = 0.05;
    private static final int NEURONS = 40;

    private record Result(List<Spike> spikes, SortedMap<Integer, Long> iterations) {
    }

    private static Result run(boolean gapConnections) {
        try (Simulator sim = Syncytium.newSimulator()) {
            sim.setKernelStatus(dict("resolution", H, "rng_seed", 7L));
            NodeCollection neurons = sim.create("hh_psc_alpha_gap", NEURONS);
            NodeCollection noise = sim.create("poisson_generator", 1, dict("rate", 500.0));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            sim.connect(neurons, neurons, dict("rule", "fixed_indegree", "indegree", 5L, "allow_autapses", false),
                    dict("weight", -50.0, "delay", 1.0));
            sim.connect(noise, neurons, dict("rule", "all_to_all"), dict("weight", 300.0, "delay", 1.0));
            sim.connect(neurons, recorder, dict("rule", "all_to_all"), dict());
            neurons.set("V_m", RandomParameter.uniform(-80.0, -40.0));
            if (gapConnections) {
                GapPairs.connect(sim, neurons, NEURONS, 100, 3, 0.0);
            }
            sim.simulate(30.0);
            return new Result(Spike.of(recorder.events(), H), Iterations.histogram(sim));
        }
    }

    @Test
    void zeroConductancesChangeNothingAndConvergeInTwoPasses() {
        Result without = run(false);
        Result zero = run(true);
        assertTrue(without.spikes().size() > 5, "the network should fire: " + without.spikes().size());
        System.out.printf("[validation] 9.13 zero-weight gaps: %d spikes, passes %s%n", zero.spikes().size(),
                zero.iterations());
        assertEquals(without.spikes(), zero.spikes());
        assertTrue(without.iterations().isEmpty());
        assertEquals(Iterations.of(2, 30), zero.iterations(), "2 passes in each of the 30 one-ms intervals");
    }
}
