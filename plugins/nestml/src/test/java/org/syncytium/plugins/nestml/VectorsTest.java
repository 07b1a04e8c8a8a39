package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterType;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * NESTML's vectors: {@code x[N]} variables sized by an integer literal or an integer parameter (each
 * neuron its own array, resized with kept elements and zeros when the parameter changes, as NESTML's
 * NEST target does), elements read and written with integer indices checked when they run, vector
 * spike ports as receptor types {@code NAME_0, NAME_1, ...} whose kernels get NESTML's
 * {@code __VEC_IDX__i} state names.
 */
class VectorsTest {

    private static final String BUFFER = String.join("\n",
            "model buffer:",
            "    state:",
            "        V_m mV = 0 mV",
            "        buf[n] real = 1.5",
            "        idx integer = 0",
            "        fixed[3] mV = -1 mV",
            "    parameters:",
            "        gains[2] real = 2",
            "        n integer = 4",
            "    internals:",
            "        twice[n] real = 2 * gains[1]",
            "    update:",
            "        buf[idx] = idx * gains[0] + twice[idx]",
            "        fixed[idx % 3] += 1 mV",
            "        idx = (idx + 1) % n",
            "        V_m = buf[0] * mV",
            "");

    @Test
    void elementsAreWrittenInPlaceAndListedAsNestShowsThem() {
        NeuronModel m = Models.source(BUFFER);
        assertEquals(ParameterType.REAL_LIST, m.parameters().require("buffer", "buf").type());
        assertEquals(List.of(1.5, 1.5, 1.5, 1.5), m.parameters().require("buffer", "buf").defaultValue());
        assertEquals(ParameterType.INTEGER, m.parameters().require("buffer", "n").type());
        assertTrue(m.parameters().find("twice").isEmpty(), "internals are not listed");
        assertTrue(m.recordables().containsAll(List.of("BUF_0", "BUF_3", "FIXED_2")), m.recordables().toString());
        Population p = m.createPopulation(2);
        new PairSlice(p, 0.1, 3, 0, false, 6).runWithInput(6, 0, 0.0, 0, 0.0);
        // steps write buf[0], buf[1], buf[2], buf[3], buf[0], buf[1]: idx * 2 + 4
        assertArrayEquals(new double[] {4, 6, 8, 10}, p.getList("buf", 1), 0.0);
        assertArrayEquals(new double[] {2, 1, 0}, p.getList("fixed", 0), 0.0);
        assertEquals(8.0, p.recordable(p.recordableIndex("BUF_2"), 0), 0.0);
        assertEquals(2.0, p.get("idx", 0), 0.0);
    }

    @Test
    void aSizeParameterResizesKeepingElementsAndAListMustMatchIt() {
        Population p = Models.source(BUFFER).createPopulation(2);
        p.set(0, new String[] {"n"}, new double[] {6});
        assertArrayEquals(new double[] {1.5, 1.5, 1.5, 1.5, 0, 0}, p.getList("buf", 0), 0.0);
        assertArrayEquals(new double[] {1.5, 1.5, 1.5, 1.5}, p.getList("buf", 1), 0.0, "neuron 1 keeps its own");
        p.set(1, new String[] {"n"}, new double[] {2}, new String[] {"buf"}, new double[][] {{7, 8}});
        assertArrayEquals(new double[] {7, 8}, p.getList("buf", 1), 0.0);
        BadPropertyException wrong = assertThrows(BadPropertyException.class,
                () -> p.set(1, new String[0], new double[0], new String[] {"buf"}, new double[][] {{1, 2, 3}}));
        assertTrue(wrong.getMessage().contains("has 3 elements but the vector's size is 2 (n)"), wrong.getMessage());
        assertArrayEquals(new double[] {7, 8}, p.getList("buf", 1), 0.0, "nothing changed");
        BadPropertyException fixed = assertThrows(BadPropertyException.class,
                () -> p.set(0, new String[0], new double[0], new String[] {"fixed"}, new double[][] {{1, 2}}));
        assertTrue(fixed.getMessage().contains("size is 3"), fixed.getMessage());
        BadPropertyException size = assertThrows(BadPropertyException.class,
                () -> p.set(0, new String[] {"n"}, new double[] {-1}));
        assertTrue(size.getMessage().contains("must be a whole number >= 0: it sizes vector twice, buf"), size.getMessage());
        assertThrows(BadPropertyException.class, () -> p.get("buf", 0), "a vector is read as a list");
    }

    @Test
    void anIndexOutsideTheVectorStopsTheRunNamingFileLineAndVector() {
        Population p = Models.source(BUFFER).createPopulation(1);
        p.set(0, new String[] {"idx"}, new double[] {5});
        KernelException e = assertThrows(KernelException.class,
                () -> new PairSlice(p, 0.1, 3, 0, false, 3).runWithInput(3, 0, 0.0, 0, 0.0));
        assertEquals("test.nestml:13: buf[5]: index outside the vector's 4 elements (0 to 3)", e.getMessage());
    }

    @Test
    void aVectorSizedByAnInternalFollowsItAlsoWhenTheResolutionChangesIt() {
        Population p = Models.source(String.join("\n",
                "model delay_line:",
                "    state:",
                "        V_m mV = 0 mV",
                "        line[n_steps] real = 0",
                "    parameters:",
                "        delay ms = 2 ms",
                "    internals:",
                "        n_steps integer = steps(delay)",
                "    update:",
                "        line[0] += 1",
                "")).createPopulation(1);
        assertEquals(20, p.getList("line", 0).length, "2 ms at NEST's default 0.1 ms");
        p.set(0, new String[] {"delay"}, new double[] {3});
        assertEquals(30, p.getList("line", 0).length);
        new PairSlice(p, 0.5, 4, 0, false, 4).runWithInput(4, 0, 0.0, 0, 0.0);
        assertEquals(6, p.getList("line", 0).length, "3 ms at 0.5 ms");
        assertEquals(4.0, p.getList("line", 0)[0], 0.0);
    }

    private static final String PORTS = String.join("\n",
            "model ports:",
            "    state:",
            "        V_m mV = 0 mV",
            "        seen[3] real = 0",
            "    equations:",
            "        kernel k = exp(-t / tau)",
            "        V_m' = -V_m / tau + (convolve(k, spikes[0]) + 2 * convolve(k, spikes[2])) * mV / ms",
            "    parameters:",
            "        tau ms = 5 ms",
            "    input:",
            "        spikes[3] <- spike",
            "        other <- spike",
            "    update:",
            "        integrate_odes()",
            "        i integer = 0",
            "        for i in 0 ... 3 step 1:",
            "            seen[i] += spikes[i] * s",
            "");

    @Test
    void vectorPortElementsAreReceptorTypesAndTheirKernelsAreNamedAsNestmlNamesThem() {
        NeuronModel m = Models.source(PORTS);
        assertEquals(Map.of("SPIKES_0", 1, "SPIKES_1", 2, "SPIKES_2", 3, "OTHER", 4), m.receptorTypes());
        assertTrue(m.recordables().contains("k__X__spikes__VEC_IDX__2"), m.recordables().toString());
        Population p = m.createPopulation(1);
        PairSlice s = new PairSlice(p, 0.1, 5, 0, false, 10);
        s.runWithReceptorInput(10, 2, 3.0, 2);
        assertArrayEquals(new double[] {0, 3, 0}, p.getList("seen", 0), 1e-12, "spikes[1] is receptor 2");
        assertEquals(0.0, p.get("V_m", 0), 0.0, "neither convolved element had input");
        s.runWithReceptorInput(10, 2, 1.0, 3);
        assertTrue(p.get("V_m", 0) > 0, "spikes[2] reaches its kernel");
    }

    /** The example's three receptors written as three scalar ports and parameters. */
    private static String scalarReceptors(String vectors) {
        String text = vectors.replace("spikes[3] <- spike", "spikes_0 <- spike\n        spikes_1 <- spike\n        spikes_2 <- spike")
                .replace("tau_syn[3] ms = 2 ms", "tau_syn_0 ms = 2 ms\n        tau_syn_1 ms = 2 ms\n        tau_syn_2 ms = 2 ms")
                .replace("n_in[3] integer = 0", "n_in integer = 0")
                .replace("        for i in 0 ... 3 step 1:\n            if spikes[i] != 0 / s:\n                n_in[i] += 1\n", "");
        for (int k = 0; k < 3; k++) {
            text = text.replace("spikes[" + k + "]", "spikes_" + k).replace("tau_syn[" + k + "]", "tau_syn_" + k);
        }
        return text.replace("model psc_exp_receptors_neuron", "model scalar_receptors");
    }

    @Test
    void aVectorPortAndVectorParameterEqualTheirScalarsBitForBit() throws Exception {
        String example = java.nio.file.Files.readString(Models.EXAMPLES.resolve("psc_exp_receptors.nestml"));
        String scalars = scalarReceptors(example);
        assertTrue(!scalars.substring(scalars.indexOf("model ")).matches("(?s).*(spikes|tau_syn|n_in)\\[.*"), "every vector replaced: " + scalars);
        Population vector = Models.source(example).createPopulation(1);
        Population scalar = Models.source(scalars).createPopulation(1);
        vector.set(0, new String[0], new double[0], new String[] {"tau_syn"}, new double[][] {{0.5, 5.0, 10.0}});
        scalar.set(0, new String[] {"tau_syn_0", "tau_syn_1", "tau_syn_2"}, new double[] {0.5, 5.0, 10.0});
        PairSlice a = new PairSlice(vector, 0.1, 10, 0, false, 40);
        PairSlice b = new PairSlice(scalar, 0.1, 10, 0, false, 40);
        double[][] inputs = {{3, 8000.0, 1}, {5, 1500.0, 2}, {2, -400.0, 3}, {7, 6000.0, 1}, {1, 900.0, 2}};
        double[] counts = new double[3];
        for (int round = 0; round < 8; round++) {
            for (double[] in : inputs) {
                a.runWithReceptorInput(40, (int) in[0], in[1], (int) in[2]);
                b.runWithReceptorInput(40, (int) in[0], in[1], (int) in[2]);
                counts[(int) in[2] - 1]++;
                assertArrayEquals(b.v[0], a.v[0], 0.0, "V_m step by step, round " + round);
            }
        }
        assertTrue(a.spikes.size() > 0 && a.spikes.size() == b.spikes.size(), a.spikes.size() + " spikes, max V_m " + java.util.Arrays.stream(a.v[0]).max().getAsDouble() + ", n_in " + java.util.Arrays.toString(vector.getList("n_in", 0)));
        assertArrayEquals(counts, vector.getList("n_in", 0), 0.0);
    }

    private static void refused(String text, int line, String message) {
        NestmlException e = assertThrows(NestmlException.class, () -> Models.source(text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void vectorMisuseIsRefusedWithFileAndLine() {
        refused(BUFFER.replace("buf[n] real", "buf[tau] real").replace("n integer = 4", "n integer = 4\n        tau ms = 1 ms"),
                4, "the size of vector 'buf' must be an integer literal or an integer parameter or internal; 'tau' is not an integer");
        refused(BUFFER.replace("V_m = buf[0] * mV", "V_m = buf * mV"), 16, "'buf' is a vector: read one element, buf[i]");
        refused(BUFFER.replace("V_m = buf[0] * mV", "buf = 1"), 16, "cannot assign to vector 'buf' as a whole");
        refused(BUFFER.replace("V_m = buf[0] * mV", "V_m = idx[0] * mV"), 16, "'idx' is indexed but is not a vector");
        refused(BUFFER.replace("buf[idx] = idx", "buf[1 mV] = idx"), 13, "the index of buf[...] must be a dimensionless integer");
        refused(PORTS.replace("spikes[0])", "spikes[i])"), 7, "needs a constant index 0 to 2");
        refused(PORTS.replace("spikes[0])", "spikes[3])"), 7, "needs a constant index 0 to 2");
        refused(PORTS.replace("spikes[i] * s", "spikes[5] * s"), 17, "index 5 outside input port spikes[0..2]");
        refused(ConstantRateOdeTest.TRACE.replace("y real = 42", "y[2] real = 42"), 9,
                "ODEs for vector variables ('y') are not supported");
    }
}
