package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncytium.validation.Nest.dict;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;

/**
 * Reference section 6.1: NEST's test_hh_psc_alpha_gap / test_issue_832. Two default
 * hh_psc_alpha_gap, n1 driven by I_e = 200 pA, coupled by a 20 nS gap junction; V_m of both after
 * every 0.1 ms step for 20 ms, compared with NEST 3.9's full-precision table (all 199 rows) to
 * 1.5e-6 mV, spike steps exactly, WFR passes per interval exactly.
 *
 * <p>The multimeter's connection delay sets the interval length as in NEST: 0.1 ms makes
 * min_delay one step (D = 1), the default 1.0 ms leaves D = 10 steps (wfr_comm_interval 1.0).
 */
class HhPscAlphaGapReferenceTest {

    private static final double H = 0.1;
    private static final ReferenceTable TABLE = ReferenceTable.load("hh_psc_alpha_gap_two_neurons.csv");

    private Simulator sim;
    private NodeCollection multimeter;
    private NodeCollection recorder;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    /**
     * Builds and runs the protocol.
     *
     * @param useWfr         NEST's use_wfr
     * @param order          wfr_interpolation_order (ignored without WFR)
     * @param multimeterDelay delay of the multimeter connection in ms, null for the default
     */
    private void run(boolean useWfr, long order, Double multimeterDelay) {
        sim = Syncytium.newSimulator();
        if (useWfr) {
            sim.setKernelStatus(dict("resolution", H, "use_wfr", true, "wfr_tol", 1e-4,
                    "wfr_interpolation_order", order, "wfr_max_iterations", 10L, "wfr_comm_interval", 1.0));
        } else {
            sim.setKernelStatus(dict("resolution", H, "use_wfr", false));
        }
        NodeCollection neurons = sim.create("hh_psc_alpha_gap", 2);
        NodeCollection n1 = neurons.slice(0, 1);
        NodeCollection n2 = neurons.slice(1, 2);
        n1.set("I_e", 200.0);
        sim.connect(n1, n2, dict("rule", "one_to_one", "make_symmetric", true),
                dict("synapse_model", "gap_junction", "weight", 20.0));
        multimeter = sim.create("multimeter", 1, dict("record_from", List.of("V_m"), "interval", H));
        sim.connect(multimeter, neurons, dict("rule", "all_to_all"),
                multimeterDelay == null ? dict() : dict("delay", multimeterDelay));
        recorder = sim.create("spike_recorder", 1);
        sim.connect(neurons, recorder, dict("rule", "all_to_all"), dict());
        sim.simulate(20.0);
    }

    /**
     * Compares with NEST's column and, for diagnosis, with the independent re-implementation run
     * the same way (printed, not asserted: the reference table is the judge).
     */
    private Deviation compare(String what, long node, String column, IndependentModel model) {
        Trace trace = Trace.of(multimeter.events(), "V_m", node, H);
        SideBySide.report("6.1 " + what, trace, model, (int) node - 1, 199, TABLE, column, 1e-9, 8);
        return Deviation.of("6.1 " + what, trace, TABLE, "step", 1.0, column);
    }

    private static IndependentModel independent(IndependentModel.Scheme scheme, int d, int order) {
        IndependentModel model = IndependentModelTest.twoNeurons61();
        model.run(scheme, d, order, 1e-4, 10, 200 / d);
        return model;
    }

    private List<Spike> spikes() {
        return Spike.of(recorder.events(), H);
    }

    private double minDelay() {
        return ((Number) sim.getKernelStatus("min_delay")).doubleValue();
    }

    @Test
    void wfrOneStepIntervalsMatchBothNeurons() {
        run(true, 3, H);
        assertEquals(H, minDelay(), 1e-12, "the multimeter's 0.1 ms delay makes min_delay one step");
        IndependentModel model = independent(IndependentModel.Scheme.WFR, 1, 3);
        Deviation n1 = compare("D=1 n1", 1, "n1_D1", model);
        Deviation n2 = compare("D=1 n2", 2, "n2_D1", model);
        n1.assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        n2.assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        assertEquals(Spike.list(1, 116, 2, 121), spikes());
        SortedMap<Integer, Long> histogram = Iterations.histogram(sim);
        System.out.println("[validation] 6.1 D=1 WFR passes per interval: " + histogram);
        assertEquals(Iterations.of(3, 103, 4, 96, 5, 1), histogram);
    }

    @Test
    void wfrTenStepIntervalsMatch() {
        run(true, 3, null);
        assertEquals(1.0, minDelay(), 1e-12);
        compare("D=10 n2", 2, "n2_D10", independent(IndependentModel.Scheme.WFR, 10, 3))
                .assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        assertEquals(Spike.list(1, 116, 2, 121), spikes());
        SortedMap<Integer, Long> histogram = Iterations.histogram(sim);
        System.out.println("[validation] 6.1 D=10 WFR passes per interval: " + histogram);
        assertEquals(Iterations.of(6, 15, 7, 5), histogram);
    }

    @Test
    void withoutWfrMatchesTheOneStepLaggedScheme() {
        run(false, 0, null);
        assertEquals(H, minDelay(), 1e-12, "use_wfr=False forces one-step slices");
        compare("no WFR n2", 2, "n2_nowfr", independent(IndependentModel.Scheme.STEPWISE, 1, 0))
                .assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        // The one-step lag of the partner voltage delays both spikes by 0.3 ms.
        assertEquals(Spike.list(1, 119, 2, 124), spikes());
        assertTrue(Iterations.histogram(sim).isEmpty(), "no trial passes without WFR");
    }

    @Test
    void linearInterpolationMatches() {
        run(true, 1, null);
        compare("order 1 D=10 n2", 2, "n2_order1_D10", independent(IndependentModel.Scheme.WFR, 10, 1))
                .assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        assertEquals(Spike.list(1, 116, 2, 121), spikes());
        System.out.println("[validation] 6.1 order 1 WFR passes per interval: " + Iterations.histogram(sim));
    }

    @Test
    void constantInterpolationMatchesAndSpikesLikeNoWfr() {
        run(true, 0, null);
        compare("order 0 D=10 n2", 2, "n2_order0_D10", independent(IndependentModel.Scheme.WFR, 10, 0))
                .assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        // Converged order-0 WFR has the fixed point of the stepwise scheme (reference 1.12).
        assertEquals(Spike.list(1, 119, 2, 124), spikes());
        System.out.println("[validation] 6.1 order 0 WFR passes per interval: " + Iterations.histogram(sim));
    }

    /**
     * Reference 8.2 "Extra": the same protocol at the seed network's resolution h = 0.05 ms without
     * a voltmeter (20-step intervals): spikes and V of both neurons at 20 ms.
     */
    @ParameterizedTest(name = "use_wfr = {0}")
    @ValueSource(booleans = {true, false})
    void atTheExamplesResolution(boolean useWfr) {
        double h = 0.05;
        sim = Syncytium.newSimulator();
        sim.setKernelStatus(dict("resolution", h, "use_wfr", useWfr));
        NodeCollection neurons = sim.create("hh_psc_alpha_gap", 2);
        neurons.slice(0, 1).set("I_e", 200.0);
        sim.connect(neurons.slice(0, 1), neurons.slice(1, 2), dict("rule", "one_to_one", "make_symmetric", true),
                dict("synapse_model", "gap_junction", "weight", 20.0));
        recorder = sim.create("spike_recorder", 1);
        sim.connect(neurons, recorder, dict("rule", "all_to_all"), dict());
        sim.simulate(20.0);
        double[] v = neurons.getValues("V_m");
        double[] expected = useWfr ? new double[] {-65.334369, -69.311049} : new double[] {-65.674650, -69.644858};
        System.out.printf("[validation] 8.2 extra (6.1 at h = 0.05, use_wfr %s): |dV(20 ms)| = %.3g, %.3g mV%n",
                useWfr, Math.abs(v[0] - expected[0]), Math.abs(v[1] - expected[1]));
        assertEquals(expected[0], v[0], Nest.PRINTED_6_DECIMALS_MV);
        assertEquals(expected[1], v[1], Nest.PRINTED_6_DECIMALS_MV);
        List<Spike> spikes = useWfr ? Spike.list(1, Math.round(11.55 / h), 2, Math.round(12.0 / h))
                : Spike.list(1, Math.round(11.70 / h), 2, Math.round(12.20 / h));
        assertEquals(spikes, Spike.of(recorder.events(), h));
    }
}
