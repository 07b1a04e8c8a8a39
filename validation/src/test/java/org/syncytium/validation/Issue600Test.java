package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.syncytium.validation.Nest.dict;

import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;

/**
 * Reference section 6.5, NEST's test_issue_600 (pytest version): WFR when only some neurons take
 * part. n1 hh_psc_alpha_gap (I_e 400 pA), n2 iaf_psc_alpha, n3 hh_psc_alpha_gap, n4 iaf_psc_alpha;
 * n1-n3 gap junction 10 nS; n1 → n2 1000 pA and n1 → n4 1200 pA static synapses (delay 1 ms);
 * 4 virtual processes, h = 0.1 ms, WFR tol 1e-4, order 3, at most 10 iterations, 50 ms.
 */
class Issue600Test {

    private static final double H = 0.1;

    @Test
    void mixedNetworkMatchesNest() {
        try (Simulator sim = Syncytium.newSimulator()) {
            sim.setKernelStatus(dict("resolution", H, "total_num_virtual_procs", 4L, "use_wfr", true, "wfr_tol", 1e-4,
                    "wfr_interpolation_order", 3L, "wfr_max_iterations", 10L, "wfr_comm_interval", 1.0));
            NodeCollection n1 = sim.create("hh_psc_alpha_gap", 1, dict("I_e", 400.0));
            NodeCollection n2 = sim.create("iaf_psc_alpha", 1);
            NodeCollection n3 = sim.create("hh_psc_alpha_gap", 1);
            NodeCollection n4 = sim.create("iaf_psc_alpha", 1);
            sim.connect(n1, n3, dict("rule", "one_to_one", "make_symmetric", true),
                    dict("synapse_model", "gap_junction", "weight", 10.0));
            sim.connect(n1, n2, dict("rule", "all_to_all"), dict("weight", 1000.0, "delay", 1.0));
            sim.connect(n1, n4, dict("rule", "all_to_all"), dict("weight", 1200.0, "delay", 1.0));
            NodeCollection recorder = sim.create("spike_recorder", 1);
            for (NodeCollection n : new NodeCollection[] {n1, n2, n3, n4}) {
                sim.connect(n, recorder, dict("rule", "all_to_all"), dict());
            }
            sim.simulate(50.0);
            assertEquals(Spike.list(1, 39, 3, 52, 4, 102, 1, 146, 2, 178, 4, 198, 1, 249, 3, 267, 4, 297, 2, 301,
                    1, 410, 4, 462), Spike.of(recorder.events(), H));
            SortedMap<Integer, Long> histogram = Iterations.histogram(sim);
            assertEquals(5.5, Iterations.mean(histogram), 0.005);
        }
    }
}
