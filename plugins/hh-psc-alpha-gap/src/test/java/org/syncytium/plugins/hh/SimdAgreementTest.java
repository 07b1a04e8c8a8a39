package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rkf45_simd against the scalar rkf45 on a gap-coupled ring with spike input: same spikes, same WFR
 * iteration counts, traces within NEST's validation tolerance (the vector exp/pow round differently
 * from Math.exp/pow in the last place in a few per cent of calls, and the adaptive step control
 * carries such differences on, so traces differ by up to ~1e-7 mV; printed); and rkf45_simd's own results independent of lane assignment (refill or fixed groups) and of
 * how the neuron range is split between threads: bit for bit.
 */
class SimdAgreementTest {

    private static final int N = 37; // not a multiple of any lane count
    private static final int STEPS = 400; // 20 ms
    /**
     * rkf45_simd vs NEST's scalar arithmetic (Math.exp/Math.pow): an exp or pow that differs in the last
     * place changes a step size by an ulp, and from then on the adaptive scheme takes another, equally
     * valid sequence of steps; the traces then differ at the level of the local error tolerance (1e-6
     * per step, seen up to ~1e-6 mV inside spikes). Spikes and WFR iterations must be identical.
     */
    private static final double SCALAR_TOLERANCE = 1e-5;

    @BeforeAll
    static void lanesEvenIfNotYetCompiled() {
        SimdWarmup.assumeHot();
    }

    @AfterEach
    void refillAgain() {
        Workspace.current().simd().setRefill(true);
    }

    @Test
    void theWarmUpGetsTheLanesCompiled() {
        long start = System.nanoTime();
        assertNull(SimdWarmup.warmUp(), "the lanes never became fast");
        Report.line("rkf45_simd warm-up until compiled: %.1f s on this thread", (System.nanoTime() - start) * 1e-9);
    }

    /** A warm-up that stops says why, for the one line a run prints before it takes the scalar twin. */
    @Test
    void aWarmUpThatStopsSaysWhy() {
        String spent = SimdWarmup.warmUp(1);
        assertTrue(spent != null && spent.contains("did not run compiled within 0.0 s") && spent.contains("-Xint"),
                "a budget of 1 ns: " + spent);
        String failed = SimdWarmup.failed(new ArithmeticException("NaN in dV/dt"));
        assertEquals("the vectorised lanes failed their warm-up (ArithmeticException: NaN in dV/dt)", failed);
    }

    /** A warm-up cut short by its bundle stopping says nothing: the bundle's classes may be gone, not broken. */
    @Test
    void aWarmUpEndedByItsBundleStoppingIsQuiet() {
        try {
            SimdWarmup.stop();
            assertEquals(SimdWarmup.STOPPED, SimdWarmup.warmUp(), "ends at its first round");
            assertNull(SimdWarmup.complaint(SimdWarmup.failed(new NoClassDefFoundError("org/syncytium/plugins/hh/VectorMath"))),
                    "a failure met while the bundle stops is not reported");
        } finally {
            SimdWarmup.resume();
        }
        assertNull(SimdWarmup.complaint(null));
        String complaint = SimdWarmup.complaint(SimdWarmup.failed(new ArithmeticException("NaN in dV/dt")));
        assertTrue(complaint != null && complaint.contains("failed their warm-up") && complaint.contains("scalar twin"),
                "a running bundle's failure is reported: " + complaint);
    }

    @Test
    void theVectorApiIsThereInTests() {
        assertTrue(VectorSupport.available(), "tests run with --add-modules jdk.incubator.vector: " + VectorSupport.problem());
        assertTrue(VectorSupport.lanes() >= 2);
    }

    @ParameterizedTest
    @CsvSource({"3, 20, true", "1, 20, true", "0, 10, true", "3, 1, false"})
    void sameSpikesIterationsAndTracesAsTheScalarPath(int order, int d, boolean wfr) {
        RingRun scalar = new RingRun(N, 0.3, order, d, STEPS, 7, "rkf45").run(wfr);
        RingRun simd = new RingRun(N, 0.3, order, d, STEPS, 7, "rkf45_simd").run(wfr);
        assertEquals(scalar.spikes(), simd.spikes(), "spikes (neuron@step)");
        assertEquals(scalar.iterations, simd.iterations, "WFR passes per slice");
        double max = 0;
        long identical = 0;
        for (int i = 0; i < N; i++) {
            for (int k = 1; k <= STEPS; k++) {
                double dv = Math.abs(scalar.v(i, k) - simd.v(i, k));
                max = Math.max(max, dv);
                identical += dv == 0 ? 1 : 0;
            }
        }
        Report.line("rkf45_simd (%d lanes) vs rkf45, ring of %d, order %d, D=%d, WFR %s, 20 ms: %d spikes identical, "
                + "iterations identical, max |dV| = %.2e mV, %.1f %% of samples bit-identical",
                VectorSupport.lanes(), N, order, d, wfr, scalar.spikes().size(), max, 100.0 * identical / (N * STEPS));
        assertTrue(max < SCALAR_TOLERANCE, "max |dV| = " + max);
        assertTrue(scalar.spikes().size() > 20, "the ring spikes");
    }

    @ParameterizedTest
    @CsvSource({"3, 20, true", "1, 20, true", "0, 10, true", "3, 1, false"})
    void bitForBitTheScalarTwin(int order, int d, boolean wfr) {
        // the scalar rkf45 with the lanes' exp (StrictMath.exp) and powers: every lane's step control,
        // accept/reject and carry-over must reproduce it exactly
        RingRun twin = new RingRun(N, 0.3, order, d, STEPS, 7, "simd_twin").run(wfr);
        RingRun simd = new RingRun(N, 0.3, order, d, STEPS, 7, "rkf45_simd").run(wfr);
        assertSameBits(twin, simd, STEPS);
    }

    @Test
    void resultsDoNotDependOnLanesOrThreadSplit() {
        RingRun refill = new RingRun(N, 0.3, 3, 20, 400, 11, "rkf45_simd").run(true);
        RingRun split = new RingRun(N, 0.3, 3, 20, 400, 11, "rkf45_simd", 5, 6, 22).run(true);
        RingRun fixed;
        try {
            Workspace.current().simd().setRefill(false);
            fixed = new RingRun(N, 0.3, 3, 20, 400, 11, "rkf45_simd").run(true);
        } finally {
            Workspace.current().simd().setRefill(true); // the thread's lanes serve the later tests
        }
        for (RingRun other : new RingRun[] {split, fixed}) {
            assertEquals(refill.spikes(), other.spikes());
            assertEquals(refill.iterations, other.iterations);
            for (int i = 0; i < N; i++) {
                for (int k = 1; k <= 400; k++) {
                    assertEquals(refill.v(i, k), other.v(i, k), 0.0, "neuron " + i + " step " + k);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"3, 1, false", "3, 20, true"})
    void lanesMovedTogetherInAPassTailGiveTheSameBits(int order, int d, boolean wfr) {
        Rkf45Simd lanes = Workspace.current().simd();
        lanes.setRefill(true); // compaction serves refilling lanes only
        long before = lanes.compactions();
        RingRun compacted = new RingRun(N, 0.3, order, d, STEPS, 7, "rkf45_simd").run(wfr);
        assertTrue(lanes.compactions() > before, "the ring's pass tails compact its lanes");
        RingRun spread;
        try {
            lanes.setCompaction(false);
            spread = new RingRun(N, 0.3, order, d, STEPS, 7, "rkf45_simd").run(wfr);
        } finally {
            lanes.setCompaction(true);
        }
        assertEquals(spread.spikes(), compacted.spikes(), "spikes (neuron@step)");
        assertEquals(spread.iterations, compacted.iterations, "WFR passes per slice");
        for (int i = 0; i < N; i++) {
            for (int k = 1; k <= STEPS; k++) {
                assertEquals(Double.doubleToRawLongBits(spread.v(i, k)), Double.doubleToRawLongBits(compacted.v(i, k)),
                        "neuron " + i + " step " + k);
            }
        }
    }

    @Test
    void listedTrialPassesFillTheLanesFromTheListBitForBitAsRunByRun() {
        // WFR work skipping hands the model a list of neurons: the lanes refill from it, and the
        // result must be the api default's (the range method on each run of consecutive neurons)
        RingRun lanes = new RingRun(N, 0.3, 3, 20, 400, 13, "rkf45_simd", 20).listedPasses(false).run(true);
        RingRun runs = new RingRun(N, 0.3, 3, 20, 400, 13, "rkf45_simd", 20).listedPasses(true).run(true);
        assertTrue(lanes.spikes().size() > 0, "the ring fires");
        assertEquals(runs.spikes(), lanes.spikes());
        assertEquals(runs.iterations, lanes.iterations);
        for (int i = 0; i < N; i++) {
            for (int k = 1; k <= 400; k++) {
                assertEquals(runs.v(i, k), lanes.v(i, k), 0.0, "neuron " + i + " step " + k);
            }
        }
    }

    @Test
    void integratorsSwapBetweenSimulateCalls() {
        // scalar for 20 ms then SIMD, and back: the carried step sizes and state pass over; same spikes
        RingRun simd = new RingRun(N, 0.3, 3, 20, 800, 3, "rkf45_simd").run(true);
        RingRun there = new RingRun(N, 0.3, 3, 20, 800, 3, "rkf45").swapAt(20, "rkf45_simd").run(true);
        RingRun back = new RingRun(N, 0.3, 3, 20, 800, 3, "rkf45_simd").swapAt(20, "rkf45").run(true);
        assertEquals(simd.spikes(), there.spikes());
        assertEquals(simd.spikes(), back.spikes());
        assertEquals(simd.iterations, back.iterations);
        assertEquals("rkf45", back.population.option("integrator"));
    }

    @ParameterizedTest
    @CsvSource({"3, 20, true", "0, 1, false"})
    void uniformParametersFilledOncePerPassGiveTheTwinsBits(int order, int d, boolean wfr) {
        // identical neurons: the lanes take the constant rows once per pass, not per neuron
        RingRun twin = new RingRun(N, 0.3, order, d, STEPS, 9, "simd_twin").uniformDrive(15.0).run(wfr);
        RingRun simd = new RingRun(N, 0.3, order, d, STEPS, 9, "rkf45_simd").uniformDrive(15.0);
        assertTrue(((HhPopulation) simd.population).uniformParameters(), "the population is uniform");
        assertFalse(((HhPopulation) new RingRun(N, 0.3, order, d, STEPS, 9, "rkf45_simd").population).uniformParameters(),
                "I_e drawn per neuron: not uniform");
        simd.run(wfr);
        assertSameBits(twin, simd, STEPS);
    }

    @Test
    void parametersSetBetweenSimulateCallsReachTheLanes() {
        // the lanes read a neuron's constant parameters (and 1/C_m, 1/tau_syn) from a packed copy: a
        // SetStatus between simulate calls must renew it, as the scalar path reads the columns afresh
        String[] names = {"C_m", "tau_syn_ex", "tau_syn_in", "g_Na", "E_L"};
        double[] values = {150.0, 0.4, 3.0, 3000.0, -65.0};
        RingRun twin = new RingRun(N, 0.3, 3, 20, 400, 5, "simd_twin").changeAt(10, names, values).run(true);
        RingRun simd = new RingRun(N, 0.3, 3, 20, 400, 5, "rkf45_simd").changeAt(10, names, values).run(true);
        RingRun unchanged = new RingRun(N, 0.3, 3, 20, 400, 5, "rkf45_simd").run(true);
        assertTrue(unchanged.v(0, 400) != simd.v(0, 400), "the change matters");
        assertSameBits(twin, simd, 400);
    }

    @Test
    void trialPassesSharedThroughQueuesGiveTheSameBits() {
        // the kernel's shared trial passes: two threads' lanes take neurons from one queue in a shuffled
        // order, so a neuron's lane, neighbours in its vector and thread all change from pass to pass
        RingRun ranges = new RingRun(N, 0.3, 3, 20, 400, 19, "rkf45_simd").run(true);
        RingRun shared = new RingRun(N, 0.3, 3, 20, 400, 19, "rkf45_simd").sharedPasses(2).run(true);
        RingRun scalar = new RingRun(N, 0.3, 3, 20, 400, 19, "simd_twin").sharedPasses(2).run(true);
        assertTrue(ranges.spikes().size() > 0, "the ring fires");
        for (RingRun other : new RingRun[] {shared, scalar}) {
            assertEquals(ranges.spikes(), other.spikes());
            assertEquals(ranges.iterations, other.iterations);
            for (int i = 0; i < N; i++) {
                for (int k = 1; k <= 400; k++) {
                    assertEquals(Double.doubleToRawLongBits(ranges.v(i, k)), Double.doubleToRawLongBits(other.v(i, k)),
                            "neuron " + i + " step " + k);
                }
            }
        }
    }

    /** Same spikes, WFR iteration counts and V bits at every one of the first {@code steps} steps. */
    private static void assertSameBits(RingRun twin, RingRun simd, int steps) {
        assertEquals(twin.spikes(), simd.spikes(), "spikes (neuron@step)");
        assertEquals(twin.iterations, simd.iterations, "WFR passes per slice");
        for (int i = 0; i < N; i++) {
            for (int k = 1; k <= steps; k++) {
                assertEquals(Double.doubleToRawLongBits(twin.v(i, k)), Double.doubleToRawLongBits(simd.v(i, k)),
                        "neuron " + i + " step " + k + ": " + twin.v(i, k) + " vs " + simd.v(i, k));
            }
        }
    }
}
