package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.syncytium.api.neuron.Population;
import org.syncytium.plugins.hh.HhPscAlphaGapModel;

/**
 * The NESTML hh_psc_alpha_gap of examples/nestml against NEST's two-neuron gap-junction test (reference
 * 6.1: h = 0.1 ms, g = 20 nS, n1 I_e = 200 pA, 20 ms, wfr_tol 1e-4 mV, at most 10 iterations) and against
 * the hand-written plugin run through the same slices: NEST's printed traces within 5e-7 mV, the same
 * spike steps as NEST and the same WFR iteration counts per interval as the hand-written model.
 */
class HhPscAlphaGapNestmlTest {

    private static final double H = 0.1;
    private static final double G = 20.0;
    private static final int STEPS = 200;
    private static final double TOL = 1e-4;
    private static final int MAX_ITER = 10;

    /** Columns: step, n1_D1, n2_D1, n2_D10, n2_noWFR, n2_order1_D10, n2_order0_D10. */
    private static double[][] table;

    @BeforeAll
    static void readTable() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HhPscAlphaGapNestmlTest.class.getResourceAsStream("two_neuron_gap_nest39.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("step")) {
                    continue;
                }
                rows.add(Arrays.stream(line.split(",", -1)).mapToDouble(c -> c.isEmpty() ? Double.NaN : Double.parseDouble(c)).toArray());
            }
        }
        table = rows.toArray(new double[0][]);
    }

    private static PairSlice run(Population p, int d, int order, boolean wfr) {
        p.set(0, new String[] {"I_e"}, new double[] {200.0});
        return new PairSlice(p, H, d, order, true, STEPS).run(STEPS, G, wfr, TOL, MAX_ITER);
    }

    @ParameterizedTest(name = "D={0}, order {1}, wfr {2}")
    @CsvSource({"1, 3, true, 2, 116, 121", "10, 3, true, 3, 116, 121", "10, 1, true, 5, 116, 121",
        "10, 0, true, 6, 119, 124", "1, 0, false, 4, 119, 124"})
    void reproducesNestAndTheHandWrittenModel(int d, int order, boolean wfr, int column, long spike1, long spike2) {
        PairSlice nestml = run(Models.example("hh_psc_alpha_gap").createPopulation(2), d, order, wfr);
        Population handWritten = new HhPscAlphaGapModel().createPopulation(2);
        handWritten.setOption("integrator", "rkf45"); // the scalar NEST-exact integrator
        PairSlice hand = run(handWritten, d, order, wfr);

        assertArrayEquals(new long[] {spike1}, nestml.spikeSteps(0), "spike steps of n1");
        assertArrayEquals(new long[] {spike2}, nestml.spikeSteps(1), "spike steps of n2");
        assertEquals(hand.iterations, nestml.iterations, "WFR iterations per interval");
        double maxHand = 0;
        for (int i = 0; i < 2; i++) {
            for (int k = 1; k <= STEPS; k++) {
                maxHand = Math.max(maxHand, Math.abs(nestml.v[i][k] - hand.v[i][k]));
            }
        }
        double maxNest = 0;
        int compared = 0;
        for (double[] row : table) {
            if (!Double.isNaN(row[column])) {
                int k = (int) row[0];
                maxNest = Math.max(maxNest, Math.abs(nestml.v[1][k] - row[column]));
                compared++;
            }
        }
        assertTrue(compared >= 190);
        System.out.printf("NESTML hh_psc_alpha_gap D=%d order %d wfr %s: max |V - hand-written| = %.2e mV, "
                + "max |V - NEST| = %.2e mV over %d steps, iterations %s%n", d, order, wfr, maxHand, maxNest, compared,
                nestml.iterations.isEmpty() ? "-" : histogram(nestml.iterations));
        assertTrue(maxHand <= 1e-9, "NESTML vs hand-written: " + maxHand);
        assertTrue(maxNest <= 5e-7 + 1e-9, "NESTML vs NEST's printed trace: " + maxNest);
    }

    private static String histogram(List<Integer> iterations) {
        int[] counts = new int[32];
        iterations.forEach(n -> counts[n]++);
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < counts.length; n++) {
            if (counts[n] > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(counts[n]).append('x').append(n);
            }
        }
        return text.toString();
    }
}
