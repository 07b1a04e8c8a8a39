package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * Spike ports become receptor types as NESTML's NEST target numbers them: an unqualified port has a
 * receptor of its own, an excitatory-only and an inhibitory-only port share one (positive weights to
 * the first, negated negative weights to the second), a port without its pair takes every weight
 * as it is; with more than one unqualified or more than two qualified ports the receptors are 1 to R,
 * otherwise the model's one receptor is 0.
 */
class ReceptorTypesTest {

    private static String model(String ports, String kernels) {
        return String.join("\n",
                "model r:",
                "    state:",
                "        V_m mV = 0 mV",
                "    equations:",
                "        kernel g = exp(-t / tau_d)",
                "        V_m' = -V_m / tau_m + (" + kernels + ") * mV / ms",
                "    parameters:",
                "        tau_m ms = 10 ms",
                "        tau_d ms = 3 ms",
                "    input:",
                ports,
                "    update:",
                "        integrate_odes()",
                "");
    }

    private static final String FOUR = model(String.join("\n",
            "        A <- spike",
            "        B <- spike",
            "        E <- excitatory spike",
            "        I <- inhibitory spike"),
            "convolve(g, A) + convolve(g, B) + convolve(g, E) + convolve(g, I)");

    @Test
    void unqualifiedPortsHaveAReceptorEachAndAQualifiedPairSharesOne() {
        NeuronModel m = Models.source(FOUR);
        assertEquals(Map.of("A", 1, "B", 2, "E", 3, "I", 3), m.receptorTypes());
        assertEquals(3, m.spikeReceptors());
        assertEquals(Map.of("AMPA", 1, "NMDA", 2, "GABA_A", 3, "GABA_B", 4),
                Models.source(model(String.join("\n", "        AMPA <- spike", "        NMDA <- spike",
                        "        GABA_A <- spike", "        GABA_B <- spike"),
                        "convolve(g, AMPA) + convolve(g, NMDA) + convolve(g, GABA_A) + convolve(g, GABA_B)"))
                        .receptorTypes());
        // three qualified ports: the pair, then the one left over
        assertEquals(Map.of("E1", 1, "I1", 1, "E2", 2), Models.source(model(String.join("\n",
                "        E1 <- excitatory spike", "        I1 <- inhibitory spike", "        E2 <- excitatory spike"),
                "convolve(g, E1) + convolve(g, I1) + convolve(g, E2)")).receptorTypes());
    }

    @Test
    void oneUnqualifiedPortOrOneQualifiedPairIsTheOneReceptorZero() {
        assertEquals(0, Models.source(model("        s <- spike", "convolve(g, s)")).spikeReceptors());
        assertEquals(0, Models.source(model("        e <- excitatory spike\n        i <- inhibitory spike",
                "convolve(g, e) - convolve(g, i)")).spikeReceptors());
        NestmlException e = assertThrows(NestmlException.class, () -> Models.source(model(
                "        s <- spike\n        e <- excitatory spike", "convolve(g, s) + convolve(g, e)")));
        assertTrue(e.getMessage().contains("a second spike port ('e')"), e.getMessage());
    }

    /** The four kernel states after one spike of {@code w} on {@code receptor} two steps before the end. */
    private static double[] states(String source, double w, int receptor, String... ports) {
        Population p = Models.source(source).createPopulation(1);
        new PairSlice(p, 0.1, 10, 0, false, 20).runWithReceptorInput(20, 17, w, receptor);
        double[] values = new double[ports.length];
        for (int k = 0; k < ports.length; k++) {
            values[k] = p.recordable(p.recordableIndex("g__X__" + ports[k]), 0);
        }
        return values;
    }

    @Test
    void eachReceptorReachesItsOwnPortsBySignAsNestmlRoutesThem() {
        String[] ports = {"A", "B", "E", "I"};
        double[] a = states(FOUR, 2.0, 1, ports);
        assertTrue(a[0] > 0 && a[1] == 0 && a[2] == 0 && a[3] == 0, java.util.Arrays.toString(a));
        double[] aNegative = states(FOUR, -2.0, 1, ports);
        assertEquals(-a[0], aNegative[0], 0.0, "an unqualified port takes negative weights as they are");
        double[] b = states(FOUR, 2.0, 2, ports);
        assertEquals(a[0], b[1], 0.0);
        assertTrue(b[0] == 0 && b[2] == 0 && b[3] == 0);
        double[] e = states(FOUR, 2.0, 3, ports);
        assertEquals(a[0], e[2], 0.0, "positive weights on the shared receptor reach the excitatory port");
        assertEquals(0.0, e[3]);
        double[] i = states(FOUR, -2.0, 3, ports);
        assertEquals(a[0], i[3], 0.0, "negative weights reach the inhibitory port negated");
        assertEquals(0.0, i[2]);
    }

    @Test
    void aQualifiedPortWithoutItsPairTakesEveryWeightAsItIs() {
        String lone = model("        e <- excitatory spike", "convolve(g, e)");
        double up = states(lone, 2.0, 0, "e")[0];
        assertTrue(up > 0);
        assertEquals(-up, states(lone, -2.0, 0, "e")[0], 0.0);
    }

    private static String priorities(int first, int second) {
        return String.join("\n",
                "model p:",
                "    state:",
                "        tr real = 1",
                "    input:",
                "        in_port1 <- spike",
                "        in_port2 <- spike",
                "    onReceive(in_port1, priority=" + first + "):",
                "        tr += 1",
                "    onReceive(in_port2, priority=" + second + "):",
                "        tr *= pi",
                "");
    }

    /** One spike on each of the two receptors in the same step. */
    private static double afterBoth(String source) {
        Population p = Models.source(source).createPopulation(1);
        PairSlice s = new PairSlice(p, 0.5, 10, 0, false, 10);
        s.receptorEx[0][3] = 1.0;
        s.receptorEx[1][3] = 1.0;
        p.update(0, 1, s);
        return p.get("tr", 0);
    }

    @Test
    void handlersOfOneStepRunFromTheHighestPriorityDown() {
        // NESTML's own priority test: tr = 1, then either (tr * pi) + 1 or (tr + 1) * pi
        assertEquals(1 + Math.PI, afterBoth(priorities(1, 2)), 1e-15);
        assertEquals(2 * Math.PI, afterBoth(priorities(2, 1)), 1e-15);
        NestmlException e = assertThrows(NestmlException.class,
                () -> Models.source(priorities(1, 2).replace("priority=1", "order=1")));
        assertTrue(e.getMessage().contains("unknown onReceive parameter 'order'"), e.getMessage());
    }
}
