package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;

/** What final and trial passes read, write and leave alone (reference 1.9–1.11 and the api's SliceIO). */
class HhPassesTest {

    private static final double H = 0.05;
    private static final int D = 20;
    private static final String[] STATE = {"V_m", "Act_m", "Inact_h", "Act_n", "Inact_p", "I_syn_ex", "I_syn_in"};

    private static Population coupled(int size, int order) {
        Population p = new HhPscAlphaGapModel().createPopulation(size);
        for (int i = 0; i < size; i++) {
            p.set(i, new String[] {"I_e", "V_m"}, new double[] {150.0 + 5 * i, -60.0 + 0.37 * i});
        }
        p.prepare(new TestRunContext(H, D, order, true));
        return p;
    }

    private static double[] state(Population p, int i) {
        return Arrays.stream(STATE).mapToDouble(name -> p.get(name, i)).toArray();
    }

    private static void partnerInput(TestSlice io, int order) {
        for (int i = 0; i < io.size; i++) {
            io.gapS[i] = 1.5;
            for (int l = 0; l < D; l++) {
                io.gapIn[(i * D + l) * (order + 1)] = 1.5 * (-55.0 + 0.1 * l);
                if (order >= 1) {
                    io.gapIn[(i * D + l) * (order + 1) + 1] = 0.15;
                }
            }
        }
        io.spikeEx[3] = 300.0;
        io.spikeIn[7] = -50.0;
    }

    @Test
    void trialPassRestoresTheStateButCarriesTheStepSize() {
        Population p = coupled(2, 3);
        TestSlice io = new TestSlice(p, D, 3, 0);
        partnerInput(io, 3);
        double[] before = state(p, 0);
        HhPopulation hh = (HhPopulation) p;
        double stepBefore = hh.integrationStep(0);
        assertFalse(p.trialUpdate(0, 2, io, 1e-4), "the first trial pass of a slice never converges");
        assertArrayEquals(before, state(p, 0), 0.0);
        assertEquals(0, hh.refractoryCount(0));
        assertTrue(io.spikes.isEmpty(), "no spikes from trial passes");
        assertNotEquals(stepBefore, hh.integrationStep(0), "IntegrationStep carries over, as in NEST");
        double[] first = io.gapOut.clone();
        assertTrue(p.trialUpdate(0, 2, io, 1e-4), "same input twice: converged");
        assertArrayEquals(first, io.gapOut, 1e-6);
        // the final pass forgets the trial passes: the next slice's first trial pass cannot converge
        p.update(0, 2, io);
        assertFalse(p.trialUpdate(0, 2, io, 1e-4));
    }

    @Test
    void trialPassPublishesHermiteLinearAndConstantWaveforms() {
        for (int order : new int[] {0, 1, 3}) {
            Population p = coupled(1, order);
            TestSlice io = new TestSlice(p, D, order, 0);
            partnerInput(io, order);
            p.trialUpdate(0, 1, io, 1e-4);
            int w = order + 1;
            double vStart = p.get("V_m", 0);
            assertEquals(vStart, io.gapOut[0], 0.0, "c0 of the first step is V at its start");
            for (int l = 0; l + 1 < D; l++) {
                double endOfStep = 0;
                for (int q = 0; q < w; q++) {
                    endOfStep += io.gapOut[l * w + q];
                }
                double nextStart = io.gapOut[(l + 1) * w];
                if (order == 0) {
                    assertNotEquals(nextStart, io.gapOut[l * w], "order 0 holds the start value");
                } else {
                    assertEquals(nextStart, endOfStep, 1e-9, "order " + order + ": continuous at step " + l);
                }
            }
        }
    }

    @Test
    void finalPassPublishesTheEndVoltageAsAConstant() {
        Population p = coupled(2, 3);
        TestSlice io = new TestSlice(p, D, 3, 0);
        partnerInput(io, 3);
        Arrays.fill(io.gapOut, 7.0);
        p.update(0, 2, io);
        for (int i = 0; i < 2; i++) {
            double v = p.get("V_m", i);
            for (int l = 0; l < D; l++) {
                assertEquals(v, io.gapOut[(i * D + l) * 4], 0.0);
                for (int q = 1; q < 4; q++) {
                    assertEquals(0.0, io.gapOut[(i * D + l) * 4 + q], 0.0);
                }
            }
        }
    }

    @Test
    void passesTouchOnlyTheirNeuronRange() {
        Population p = coupled(3, 3);
        TestSlice io = new TestSlice(p, D, 3, 0);
        partnerInput(io, 3);
        double[] first = state(p, 0);
        double[] last = state(p, 2);
        p.update(1, 2, io);
        p.trialUpdate(1, 2, io, 1e-4);
        assertArrayEquals(first, state(p, 0), 0.0);
        assertArrayEquals(last, state(p, 2), 0.0);
        assertNotEquals(-55.0, p.get("V_m", 1));
        for (int x = 0; x < D * 4; x++) {
            assertEquals(0.0, io.gapOut[x], 0.0);
            assertEquals(0.0, io.gapOut[2 * D * 4 + x], 0.0);
        }
    }

    @Test
    void aPartialFinalPassUpdatesOnlyItsSteps() {
        SingleNeuronRun whole = new SingleNeuronRun(H, D, 60, new String[] {"I_e"}, new double[] {300}).run();
        Population p = new HhPscAlphaGapModel().createPopulation(1);
        p.set(0, new String[] {"I_e"}, new double[] {300});
        p.prepare(new TestRunContext(H, D, 3, false));
        TestSlice io = new TestSlice(p, D, 3, 60);
        for (long origin = 0; origin < 60; origin += D) {
            io.origin = origin;
            io.first = 0;
            io.end = 7;
            p.update(0, 1, io);
            io.first = 7;
            io.end = D;
            p.update(0, 1, io);
        }
        assertEquals(whole.at("V_m", 60), io.traced(0, 0, 60), 0.0);
        assertArrayEquals(whole.spikeSteps(), io.spikeSteps(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rkf45", "rkf45_simd", "dormand_prince"})
    void samplesAreTakenOnlyOnTheGridTheKernelNames(String integrator) {
        int steps = 3 * D;
        Population every = sampledPopulation(integrator);
        Population onGrid = sampledPopulation(integrator);
        TestSlice all = new TestSlice(every, D, 3, steps);
        TestSlice grid = new TestSlice(onGrid, D, 3, steps);
        grid.sampleEvery = 7;
        for (long origin = 0; origin < steps; origin += D) {
            all.origin = origin;
            grid.origin = origin;
            every.update(0, 3, all);
            onGrid.update(0, 3, grid);
        }
        assertEquals(3 * steps, all.samples);
        assertEquals(3 * (steps / 7), grid.samples);
        for (int i = 0; i < 3; i++) {
            for (int k = 7; k <= steps; k += 7) {
                for (int r = 0; r < STATE.length; r++) {
                    assertEquals(all.traced(i, r, k), grid.traced(i, r, k), 0.0, "neuron " + i + " recordable " + r + " step " + k);
                }
            }
            assertEquals(every.get("V_m", i), onGrid.get("V_m", i), 0.0);
            assertArrayEquals(all.spikeSteps(i), grid.spikeSteps(i));
        }
    }

    private static Population sampledPopulation(String integrator) {
        Population p = new HhPscAlphaGapModel().createPopulation(3);
        p.setOption("integrator", integrator);
        for (int i = 0; i < 3; i++) {
            p.set(i, new String[] {"I_e", "V_m"}, new double[] {400.0 + 100 * i, -70.0 + 3 * i});
        }
        p.prepare(new TestRunContext(H, D, 3, false));
        return p;
    }

    @Test
    void currentInputIsTakenUpAfterItsStep() {
        int steps = 600;
        SingleNeuronRun byIe = new SingleNeuronRun(H, D, steps, new String[] {"I_e"}, new double[] {200}).run();
        Population p = new HhPscAlphaGapModel().createPopulation(1);
        p.prepare(new TestRunContext(H, D, 3, false));
        TestSlice io = new TestSlice(p, D, 3, steps);
        for (long origin = 0; origin < steps; origin += D) {
            io.origin = origin;
            Arrays.fill(io.current, 200.0);
            p.update(0, 1, io);
        }
        // the first step still runs with I_stim = 0: the whole response is one step late
        assertEquals(-69.60401191631222, io.traced(0, 0, 1), 1e-12);
        long[] expected = Arrays.stream(byIe.spikeSteps()).map(k -> k + 1).toArray();
        assertArrayEquals(expected, io.spikeSteps(0));
        for (int k = 1; k < steps; k++) {
            assertEquals(byIe.at("V_m", k), io.traced(0, 0, k + 1), 1e-4, "step " + k);
        }
    }

    @Test
    void concurrentPassesOverDisjointRangesEqualOneSequentialPass() throws Exception {
        int n = 64;
        Population sequential = coupled(n, 3);
        Population parallel = coupled(n, 3);
        TestSlice a = new TestSlice(sequential, D, 3, 0);
        TestSlice b = new TestSlice(parallel, D, 3, 0);
        partnerInput(a, 3);
        partnerInput(b, 3);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int slice = 0; slice < 10; slice++) {
                a.origin = slice * D;
                b.origin = slice * D;
                boolean seqConverged = sequential.trialUpdate(0, n, a, 1e-4);
                var first = pool.submit(() -> parallel.trialUpdate(0, n / 2, b, 1e-4));
                var second = pool.submit(() -> parallel.trialUpdate(n / 2, n, b, 1e-4));
                boolean firstConverged = first.get();
                boolean secondConverged = second.get();
                assertEquals(seqConverged, firstConverged && secondConverged);
                assertArrayEquals(a.gapOut, b.gapOut, 0.0);
                sequential.update(0, n, a);
                pool.submit(() -> parallel.update(0, n / 2, b)).get();
                pool.submit(() -> parallel.update(n / 2, n, b)).get();
                assertArrayEquals(a.gapOut, b.gapOut, 0.0);
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < n; i++) {
            assertArrayEquals(state(sequential, i), state(parallel, i), 0.0);
        }
    }

    @Test
    void refractoryCountBlocksDetectionForRoundedTrefSteps() {
        Population p = new HhPscAlphaGapModel().createPopulation(1);
        p.set(0, new String[] {"I_e"}, new double[] {400});
        p.prepare(new TestRunContext(H, D, 3, false));
        TestSlice io = new TestSlice(p, D, 3, 0);
        HhPopulation hh = (HhPopulation) p;
        int steps = 0;
        while (io.spikes.isEmpty()) {
            io.origin = steps;
            p.update(0, 1, io);
            steps += D;
        }
        long spikeStep = io.spikes.get(0)[1];
        int elapsed = (int) (io.origin + D - spikeStep);
        assertEquals(40 - elapsed, hh.refractoryCount(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I_e=1e300", "V_m=1e306", "V_m=-1e306,I_e=-1e300", "Act_m=1e300",
        "Act_m=1e200,Act_n=1e200", "Inact_h=1e300", "Inact_p=1e154", "spike_ex=1e308", "spike_in=-1e308",
        "spike_ex=1e300"})
    void theLanesStopWhereTheirScalarTwinStops(String setting) {
        // the lanes find failures, exhausted attempts and non-finite states with vector tests: they must
        // name the same neuron, step and state as the twin, which tests each neuron on its own
        SimdWarmup.assumeHot();
        String[] names = java.util.Arrays.stream(setting.split(",")).map(kv -> kv.split("=")[0]).toArray(String[]::new);
        double[] values = java.util.Arrays.stream(setting.split(",")).mapToDouble(kv -> Double.parseDouble(kv.split("=")[1])).toArray();
        String[] messages = new String[2];
        for (int k = 0; k < 2; k++) {
            HhPopulation p = (HhPopulation) new HhPscAlphaGapModel().createPopulation(12);
            p.setOption("integrator", "rkf45_simd");
            if (k == 1) {
                p.useScalarTwinOfSimd();
            }
            for (int i = 0; i < 12; i++) {
                p.set(i, new String[] {"I_e"}, new double[] {100.0 + 20 * i});
            }
            boolean spike = names[0].startsWith("spike");
            if (!spike) {
                p.set(9, names, values);
            }
            p.prepare(new TestRunContext(H, D, 3, true));
            TestSlice io = new TestSlice(p, D, 3, 0);
            io.origin = 40;
            if (spike) {
                (names[0].equals("spike_ex") ? io.spikeEx : io.spikeIn)[9 * D + 2] = values[0];
            }
            messages[k] = assertThrows(NumericalInstabilityException.class, () -> p.update(0, 12, io)).getMessage();
        }
        assertTrue(messages[0].contains("neuron 9 "), messages[0]);
        assertEquals(messages[1], messages[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rkf45", "rkf45_simd"})
    void nonFiniteStateStopsTheRunNamingNeuronTimeAndState(String integrator) {
        Population p = new HhPscAlphaGapModel().createPopulation(3);
        p.setOption("integrator", integrator);
        p.set(2, new String[] {"I_e"}, new double[] {1e300}); // dV/dt overflows
        p.prepare(new TestRunContext(H, D, 3, true));
        TestSlice io = new TestSlice(p, D, 3, 0);
        io.origin = 40;
        NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class, () -> p.update(0, 3, io));
        assertTrue(e.getMessage().startsWith("hh_psc_alpha_gap: state of neuron 2"), e.getMessage());
        assertTrue(e.getMessage().contains("t = 2.05 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("V_m="), e.getMessage());
        Population q = new HhPscAlphaGapModel().createPopulation(1);
        q.setOption("integrator", integrator);
        q.set(0, new String[] {"I_e"}, new double[] {1e300});
        q.prepare(new TestRunContext(H, D, 3, true));
        NumericalInstabilityException runaway = assertThrows(NumericalInstabilityException.class,
                () -> q.trialUpdate(0, 1, new TestSlice(q, D, 3, 0), 1e-4));
        assertTrue(runaway.getMessage().contains("t = 0.05 ms"), runaway.getMessage());
    }

    @Test
    void aPassAfterOneThatThrewIsNotBlamedForIt() {
        // the lanes live as long as the thread: a pass that threw leaves its lanes' counts behind, and a
        // later, smaller pass leaves those lanes idle
        SimdWarmup.assumeHot();
        Population p = new HhPscAlphaGapModel().createPopulation(3);
        p.setOption("integrator", "rkf45_simd");
        p.set(2, new String[] {"I_e"}, new double[] {1e300});
        p.prepare(new TestRunContext(H, D, 3, true));
        assertThrows(NumericalInstabilityException.class, () -> p.trialUpdate(0, 3, new TestSlice(p, D, 3, 0), 1e-4));
        Population q = new HhPscAlphaGapModel().createPopulation(1);
        q.setOption("integrator", "rkf45_simd");
        q.prepare(new TestRunContext(H, D, 3, true));
        assertDoesNotThrow(() -> q.trialUpdate(0, 1, new TestSlice(q, D, 3, 0), 1e-4));
        assertDoesNotThrow(() -> q.update(0, 1, new TestSlice(q, D, 3, 0)));
    }

    @Test
    void aStepWhoseErrorIsNaNIsRetriedShorterInsteadOfAccepted() {
        // resting gating at V_m = 25 mV: the first 0.05 ms trial step overflows; GSL would accept it (NaN)
        SingleNeuronRun run = new SingleNeuronRun(H, D, 200, new String[] {"V_m", "I_e"}, new double[] {25.0, 1000.0}).run();
        for (int k = 1; k <= 200; k++) {
            assertTrue(Double.isFinite(run.at("V_m", k)), "step " + k);
        }
        assertTrue(run.at("V_m", 1) > 60.0, "the upstroke continues: " + run.at("V_m", 1));
        assertTrue(run.spikeSteps().length >= 1);
    }

    @Test
    void prepareChecksTheRunAndUpdatesNeedIt() {
        Population p = new HhPscAlphaGapModel().createPopulation(1);
        assertThrows(IllegalStateException.class, () -> p.update(0, 1, new TestSlice(p, D, 3, 0)));
        assertThrows(BadPropertyException.class, () -> p.prepare(new TestRunContext(H, D, 2, true)));
        assertThrows(BadPropertyException.class, () -> p.prepare(new TestRunContext(0.0, D, 3, true)));
    }
}
