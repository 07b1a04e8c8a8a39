package org.syncytium.plugins.multisynapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

/**
 * The two models against the closed-form membrane response to one spike per receptor (exact
 * integration on the grid gives it at every step), and NEST's rules for the receptor list.
 */
class MultisynapseTest {

    private static final double H = 0.1;
    private static final double C = 250.0;
    private static final double TAU_M = 10.0;
    private static final String[] NONE = {};
    private static final double[][] NO_LISTS = {};

    private static void setTau(Population population, int i, double... tau) {
        population.set(i, NONE, new double[0], new String[] {"tau_syn"}, new double[][] {tau});
    }

    /**
     * V_m − E_L at the end of each of {@code steps} steps, a spike of {@code weights[k]} pA arriving on
     * receptor k + 1 at the end of step {@code arrival}; V_th far away so the neuron never fires.
     */
    private static double[] response(MultisynapseModel model, double[] tau, double[] weights, int arrival, int steps) {
        assertTrue(model.readsReceptorsSideBySide(), "the kernel delivers a neuron's receptors side by side");
        Population population = model.createPopulation(1);
        population.set(0, new String[] {"V_th"}, new double[] {1000.0});
        setTau(population, 0, tau);
        FakeRunContext context = FakeRunContext.uncoupled();
        population.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context).withReceptors(tau.length, true);
        double[] v = new double[steps];
        for (int s = 0; s < steps; s++) {
            int l = s % context.sliceSteps();
            if (s > 0 && l == 0) {
                io.nextSlice();
            }
            for (int k = 0; k < weights.length; k++) {
                if (s == arrival) {
                    io.setReceptorInput(k + 1, l, weights[k]);
                }
            }
            io.steps(l, l + 1);
            population.update(0, 1, io);
            v[s] = population.get("V_m", 0) - population.get("E_L", 0);
        }
        return v;
    }

    /** V(t) of a current w e^{-t/τs} into the membrane from V = 0. */
    private static double expPsp(double w, double tauS, double t) {
        return w / C * tauS * TAU_M / (TAU_M - tauS) * (Math.exp(-t / TAU_M) - Math.exp(-t / tauS));
    }

    /** V(t) of the alpha current w e/τs · t e^{-t/τs} (peak w at τs) into the membrane from V = 0. */
    private static double alphaPsp(double w, double tauS, double t) {
        double a = 1 / tauS - 1 / TAU_M;
        return w * Math.E / (tauS * C) * Math.exp(-t / TAU_M) * (1 - Math.exp(-a * t) * (1 + a * t)) / (a * a);
    }

    @Test
    void eachReceptorOfTheExpModelAddsItsOwnExactPostsynapticPotential() {
        double[] tau = {0.5, 2.0, 7.0};
        double[] w = {40.0, -25.0, 10.0};
        int arrival = 3;
        double[] v = response(new IafPscExpMultisynapseModel(), tau, w, arrival, 200);
        double peak = 0;
        for (int s = 0; s < v.length; s++) {
            double t = (s - arrival) * H; // the spike takes effect at the end of its step
            double expected = 0;
            for (int k = 0; k < tau.length && t > 0; k++) {
                expected += expPsp(w[k], tau[k], t);
            }
            assertEquals(expected, v[s], 1e-12, "step " + s);
            peak = Math.max(peak, Math.abs(v[s]));
        }
        assertTrue(peak > 0.01, "the test moved V");
    }

    @Test
    void eachReceptorOfTheAlphaModelAddsItsOwnExactPostsynapticPotential() {
        double[] tau = {0.3, 1.5, 4.0};
        double[] w = {30.0, 15.0, -20.0};
        int arrival = 5;
        double[] v = response(new IafPscAlphaMultisynapseModel(), tau, w, arrival, 300);
        for (int s = 0; s < v.length; s++) {
            double t = (s - arrival) * H;
            double expected = 0;
            for (int k = 0; k < tau.length && t > 0; k++) {
                expected += alphaPsp(w[k], tau[k], t);
            }
            assertEquals(expected, v[s], 1e-12, "step " + s);
        }
    }

    @Test
    void theAlphaCurrentPeaksAtTheWeightAfterItsTimeConstant() {
        Population population = new IafPscAlphaMultisynapseModel().createPopulation(1);
        setTau(population, 0, 1.0, 3.0);
        population.set(0, new String[] {"V_th"}, new double[] {1000.0});
        FakeRunContext context = FakeRunContext.uncoupled();
        population.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context).withReceptors(2, true);
        io.setReceptorInput(2, 0, 50.0);
        int index = population.recordableIndex("I_syn_2");
        double best = 0;
        int bestStep = -1;
        for (int s = 0; s < 100; s++) {
            if (s > 0 && s % 10 == 0) {
                io.nextSlice();
            }
            io.steps(s % 10, s % 10 + 1);
            population.update(0, 1, io);
            double i2 = population.recordable(index, 0);
            if (i2 > best) {
                best = i2;
                bestStep = s;
            }
            assertEquals(i2, population.recordable(population.recordableIndex("I_syn"), 0), 1e-15, "receptor 1 stays 0");
        }
        assertEquals(50.0, best, 1e-9);
        assertEquals(30, bestStep, "3 ms after the spike's step");
    }

    /** A sampled neuron hands its values to the multimeter after each step: the numbers of an unsampled one. */
    @Test
    void aSampledNeuronComputesWhatAnUnsampledOneDoes() {
        for (MultisynapseModel model : new MultisynapseModel[] {new IafPscExpMultisynapseModel(),
                new IafPscAlphaMultisynapseModel()}) {
            Population population = model.createPopulation(2);
            for (int i = 0; i < 2; i++) {
                setTau(population, i, 0.4, 1.7, 5.0);
                population.set(i, new String[] {"I_e", "t_ref"}, new double[] {600.0, 1.0});
            }
            FakeRunContext context = FakeRunContext.uncoupled();
            population.prepare(context);
            FakeSliceIO io = FakeSliceIO.of(2, context).withReceptors(3, true);
            io.sample(1, true);
            java.util.Random random = new java.util.Random(5);
            int spikes = 0;
            for (int slice = 0; slice < 60; slice++) {
                for (int k = 1; k <= 3; k++) {
                    for (int l = 0; l < context.sliceSteps(); l++) {
                        double w = random.nextDouble() < 0.3 ? random.nextGaussian() * 200 : 0.0;
                        for (int i = 0; i < 2; i++) {
                            io.setReceptorInput(k, i * context.sliceSteps() + l, w);
                        }
                    }
                }
                population.update(0, 2, io);
                spikes += io.spikeCount();
                io.clearOutput();
                assertEquals(population.get("V_m", 0), population.get("V_m", 1), 0.0, model.name() + " slice " + slice);
                for (int k = 1; k <= 3; k++) {
                    int index = population.recordableIndex("I_syn_" + k);
                    assertEquals(population.recordable(index, 0), population.recordable(index, 1), 0.0);
                }
                io.nextSlice();
            }
            assertTrue(spikes >= 8, model.name() + " fired " + spikes);
        }
    }

    /**
     * Four neighbours with as many receptors and no recorder are stepped together (their V sums side
     * by side): each neuron's V, currents and spikes equal those of the same neuron stepped alone (all
     * neurons recorded), with input and I_e different for each neuron.
     */
    @Test
    void neuronsSteppedTogetherComputeWhatEachAloneDoes() {
        int size = 7; // neurons 0-3 together, 4-6 alone
        for (MultisynapseModel model : new MultisynapseModel[] {new IafPscExpMultisynapseModel(),
                new IafPscAlphaMultisynapseModel()}) {
            FakeRunContext context = FakeRunContext.uncoupled();
            int d = context.sliceSteps();
            Population together = model.createPopulation(size);
            Population alone = model.createPopulation(size);
            FakeSliceIO togetherIo = FakeSliceIO.of(size, context).withReceptors(3, true);
            FakeSliceIO aloneIo = FakeSliceIO.of(size, context).withReceptors(3, true);
            for (Population population : new Population[] {together, alone}) {
                for (int i = 0; i < size; i++) {
                    setTau(population, i, 0.4, 1.7, 5.0);
                    population.set(i, new String[] {"I_e", "t_ref"}, new double[] {450.0 + 40 * i, 0.5 * (i % 3)});
                }
                population.prepare(context);
            }
            for (int i = 0; i < size; i++) {
                aloneIo.sample(i, true);
            }
            java.util.Random random = new java.util.Random(11);
            int spikes = 0;
            for (int slice = 0; slice < 60; slice++) {
                for (int i = 0; i < size; i++) {
                    for (int k = 1; k <= 3; k++) {
                        for (int l = 0; l < d; l++) {
                            double w = random.nextDouble() < 0.3 ? random.nextGaussian() * 200 : 0.0;
                            togetherIo.setReceptorInput(k, i * d + l, w);
                            aloneIo.setReceptorInput(k, i * d + l, w);
                        }
                    }
                }
                together.update(0, size, togetherIo);
                alone.update(0, size, aloneIo);
                assertEquals(aloneIo.spikeCount(), togetherIo.spikeCount(), "spikes in slice " + slice);
                java.util.Set<Long> expected = new java.util.HashSet<>();
                java.util.Set<Long> actual = new java.util.HashSet<>();
                for (int s = 0; s < aloneIo.spikeCount(); s++) {
                    expected.add(aloneIo.spikeStamp(s) * size + aloneIo.spikeNeuron(s));
                    actual.add(togetherIo.spikeStamp(s) * size + togetherIo.spikeNeuron(s));
                }
                assertEquals(expected, actual, "which neuron spiked when, slice " + slice);
                spikes += aloneIo.spikeCount();
                for (int i = 0; i < size; i++) {
                    assertEquals(alone.get("V_m", i), together.get("V_m", i), 0.0, model.name() + " neuron " + i);
                    for (int k = 1; k <= 3; k++) {
                        int index = alone.recordableIndex("I_syn_" + k);
                        assertEquals(alone.recordable(index, i), together.recordable(index, i), 0.0);
                    }
                }
                togetherIo.clearOutput();
                aloneIo.clearOutput();
                togetherIo.nextSlice();
                aloneIo.nextSlice();
            }
            assertTrue(spikes >= 30, model.name() + " fired " + spikes);
        }
    }

    @Test
    void theListSetsTheNumberOfReceptorsPerNeuron() {
        Population population = new IafPscExpMultisynapseModel().createPopulation(3);
        assertEquals(1, population.spikeReceptors(0));
        assertArrayEquals(new double[] {2.0}, population.getList("tau_syn", 0));
        setTau(population, 1, 0.1, 0.2, 0.3);
        assertEquals(3, population.spikeReceptors(1));
        assertEquals(3.0, population.get("n_synapses", 1));
        assertEquals(1.0, population.get("n_synapses", 2));
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, population.getList("tau_syn", 1));
        assertEquals(4, population.recordableIndex("I_syn_3"), "some neuron has receptor 3");
        assertEquals(-1, population.recordableIndex("I_syn_4"));
        assertEquals(-1, population.recordableIndex("I_syn_0"));
        assertEquals(0.0, population.recordable(population.recordableIndex("I_syn_3"), 0), "neuron 0 has one receptor");
    }

    @Test
    void aNeuronWithConnectionsKeepsItsNumberOfReceptors() {
        Population population = new IafPscAlphaMultisynapseModel().createPopulation(2);
        setTau(population, 0, 1.0, 2.0);
        population.receptorConnected(0, 2);
        assertEquals(1.0, population.get("has_connections", 0));
        assertEquals(0.0, population.get("has_connections", 1));
        BadPropertyException refused = assertThrows(BadPropertyException.class, () -> setTau(population, 0, 1.0));
        assertTrue(refused.getMessage().contains("has connections"), refused.getMessage());
        setTau(population, 0, 3.0, 4.0); // the same count: new time constants are fine
        assertArrayEquals(new double[] {3.0, 4.0}, population.getList("tau_syn", 0));
        setTau(population, 1, 1.0, 2.0, 3.0); // the other neuron has no connections
        assertEquals(3, population.spikeReceptors(1));
    }

    @Test
    void badValuesAreRefusedAndChangeNothing() {
        Population population = new IafPscExpMultisynapseModel().createPopulation(1);
        assertThrows(BadPropertyException.class, () -> setTau(population, 0, 1.0, 0.0));
        assertThrows(BadPropertyException.class, () -> setTau(population, 0, -2.0));
        assertThrows(BadPropertyException.class, () -> setTau(population, 0, 10.0), "tau_syn equal to tau_m (exp only)");
        setTau(new IafPscAlphaMultisynapseModel().createPopulation(1), 0, 10.0);
        assertThrows(BadPropertyException.class, () -> population.set(0, new String[] {"n_synapses"}, new double[] {2}));
        assertThrows(BadPropertyException.class, () -> population.set(0, new String[] {"has_connections"}, new double[] {1}));
        assertThrows(BadPropertyException.class, () -> population.set(0, new String[] {"C_m", "V_m"},
                new double[] {0.0, -60.0}));
        assertThrows(BadPropertyException.class, () -> population.set(0, new String[] {"V_reset"}, new double[] {-50.0}));
        assertThrows(BadPropertyException.class, () -> population.set(0, new String[] {"tau_syn"}, new double[] {1.0}));
        assertEquals(-70.0, population.get("V_m", 0));
        assertEquals(250.0, population.get("C_m", 0));
        assertArrayEquals(new double[] {2.0}, population.getList("tau_syn", 0));
        population.validate(0, NONE, new double[0], NONE, NO_LISTS);
    }

    @Test
    void changingTheRestingPotentialKeepsTheAbsolutePotentials() {
        Population population = new IafPscAlphaMultisynapseModel().createPopulation(1);
        population.set(0, new String[] {"V_m"}, new double[] {-65.0});
        population.set(0, new String[] {"E_L"}, new double[] {-60.0});
        assertEquals(-65.0, population.get("V_m", 0));
        assertEquals(-55.0, population.get("V_th", 0));
        assertEquals(Double.NEGATIVE_INFINITY, population.get("V_min", 0));
    }
}
