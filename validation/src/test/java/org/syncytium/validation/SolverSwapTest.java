package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncytium.validation.Nest.dict;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;

/**
 * Swapping the coupling solver between two simulate calls (the point of making it a plugin): the
 * 6.1 two-neuron protocol (D = 10) runs 10 ms with wfr, switches to stepwise, runs 10 ms more. Up to
 * the swap it must equal a pure wfr run bit for bit; after it, it must differ, and no trial passes
 * may be counted any more.
 */
class SolverSwapTest {

    private static final double H = 0.1;
    private static final int SWAP_STEP = 100;

    /** Result of one run: V of both neurons per step and the iteration histogram at the swap. */
    private record Run(Trace n1, Trace n2, SortedMap<Integer, Long> atSwap, SortedMap<Integer, Long> atEnd) {
    }

    private static Run run(boolean swap) {
        try (Simulator sim = Syncytium.newSimulator()) {
            sim.setKernelStatus(dict("resolution", H, "wfr_tol", 1e-4, "wfr_max_iterations", 10L));
            NodeCollection neurons = sim.create("hh_psc_alpha_gap", 2);
            neurons.slice(0, 1).set("I_e", 200.0);
            sim.connect(neurons.slice(0, 1), neurons.slice(1, 2), dict("rule", "one_to_one", "make_symmetric", true),
                    dict("synapse_model", "gap_junction", "weight", 20.0));
            NodeCollection multimeter = sim.create("multimeter", 1, dict("record_from", List.of("V_m"),
                    "interval", H));
            sim.connect(multimeter, neurons, dict("rule", "all_to_all"), dict());
            sim.simulate(10.0);
            SortedMap<Integer, Long> atSwap = Iterations.histogram(sim);
            if (swap) {
                sim.setKernelStatus(dict("coupling_solver", "stepwise"));
                assertEquals("stepwise", sim.getKernelStatus("coupling_solver"));
            }
            sim.simulate(10.0);
            return new Run(Trace.of(multimeter.events(), "V_m", 1, H), Trace.of(multimeter.events(), "V_m", 2, H),
                    atSwap, Iterations.histogram(sim));
        }
    }

    @Test
    void swapToStepwiseChangesOnlyWhatComesAfterIt() {
        Run pure = run(false);
        Run swapped = run(true);
        for (long step = 1; step <= SWAP_STEP; step++) {
            assertEquals(pure.n1().at(step), swapped.n1().at(step), "n1 before the swap, step " + step);
            assertEquals(pure.n2().at(step), swapped.n2().at(step), "n2 before the swap, step " + step);
        }
        double largest = 0;
        for (long step = SWAP_STEP + 1; step <= 190; step++) {
            Double a = pure.n2().at(step);
            Double b = swapped.n2().at(step);
            assertTrue(a != null && b != null, "n2 recorded at step " + step);
            largest = Math.max(largest, Math.abs(a - b));
        }
        System.out.printf("[validation] solver swap at 10 ms: max |V_wfr - V_swapped| after the swap = %.3g mV%n",
                largest);
        assertTrue(largest > 1e-3, "stepwise coupling after the swap must change the trajectory");
        assertEquals(pure.atSwap(), swapped.atSwap());
        assertEquals(swapped.atSwap(), swapped.atEnd(), "stepwise counts no trial passes");
        assertTrue(!pure.atEnd().equals(pure.atSwap()), "wfr keeps counting");
    }

    /**
     * Spikes in flight survive swaps that change the slice length (wfr: 20 steps, stepwise: 1 step):
     * the 8.1 PSC protocol (arrivals at 2.0 and 6.0 ms) runs next to an unrelated gap-coupled pair,
     * switching wfr → stepwise at 1.5 ms and back at 4.25 ms, while both spikes are under way. The
     * target's currents and voltage must still match NEST's table.
     */
    @Test
    void spikesInFlightArriveOnTimeAcrossSwaps() {
        double h = 0.05;
        try (Simulator sim = Syncytium.newSimulator()) {
            sim.setKernelStatus(dict("resolution", h));
            NodeCollection driver = sim.create("hh_psc_alpha_gap", 1, dict("V_m", -45.125));
            NodeCollection target = sim.create("hh_psc_alpha_gap", 1);
            NodeCollection pair = sim.create("hh_psc_alpha_gap", 2, dict("I_e", 150.0));
            sim.connect(driver, target, dict("rule", "one_to_one"), dict("weight", 300.0, "delay", 1.0));
            sim.connect(driver, target, dict("rule", "one_to_one"), dict("weight", -50.0, "delay", 5.0));
            sim.connect(pair, pair, dict("rule", "all_to_all", "allow_autapses", false),
                    dict("synapse_model", "gap_junction", "weight", 5.0));
            NodeCollection multimeter = sim.create("multimeter", 1,
                    dict("record_from", List.of("V_m", "I_syn_ex", "I_syn_in"), "interval", h));
            sim.connect(multimeter, target, dict("rule", "all_to_all"), dict());
            sim.simulate(1.5);
            sim.setKernelStatus(dict("coupling_solver", "stepwise"));
            sim.simulate(2.75);
            sim.setKernelStatus(dict("coupling_solver", "wfr"));
            sim.simulate(11.75);
            ReferenceTable table = ReferenceTable.load("psc_check.csv");
            for (String variable : List.of("V_m", "I_syn_ex", "I_syn_in")) {
                Deviation.of("swap with spikes in flight, " + variable,
                        Trace.of(multimeter.events(), variable, target.id(0), h), table, "time_ms", 1 / h, variable)
                        .assertWithin(Nest.PRINTED_6_DECIMALS_MV);
            }
        }
    }
}
