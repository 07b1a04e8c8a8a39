package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;

/**
 * NESTML's statements, expressions, predefined functions and units, each checked by the value it
 * computes: docstrings and comments, line continuation, if/elif/else, for and while loops, functions,
 * the conditional expression, logical operators, integer and boolean state, unit products and powers,
 * conversions between prefixes, onReceive and onCondition.
 */
class LanguageTest {

    private static final String MODEL = String.join("\n",
            "\"\"\"",
            "A model that computes things. model fake: is not parsed inside a docstring",
            "\"\"\"",
            "# a comment line",
            "model lang:",
            "    state:",
            "        loops integer = 0                # for and while",
            "        branch real = 0",
            "        flag boolean = false",
            "        fn real = 0",
            "        conv real = 0",
            "        mixed real = 0",
            "        received real = 0",
            "        fired integer = 0",
            "        power nS*mV = 0 nS*mV",
            "        area mV**2 = 0 mV**2",
            "        circle real = 0",
            "    parameters:",
            "        x real = 2.5",
            "        t_ref ms = 2 ms",
            "        g nS = 4 nS",
            "    internals:",
            "        n_ref integer = steps(t_ref)     # 20 at h = 0.1 ms",
            "        h_ms ms = resolution()",
            "    input:",
            "        spikes <- spike",
            "    output:",
            "        spike",
            "    function twice(v real) real:",
            "        if v < 0:",
            "            return -2 * v",
            "        return 2 * v",
            "    update:",
            "        i integer = 0",
            "        loops = 0",
            "        for i in 1 ... 4 step 1:",
            "            loops += i",
            "        while loops < 100:",
            "            loops = loops * 2",
            "        if x > 3:",
            "            branch = 1",
            "        elif x > 2 and not (x > 2.4 and x < 2.45):",
            "            branch = 2",
            "        else:",
            "            branch = 3",
            "        flag = x > 2 or x < 0",
            "        fn = twice(-x) + max(1, 2) + min(1, 2) + abs(-1) + clip(5, 0, 3) \\",
            "             + pow(2, 3) + 2**3 + sqrt(16) + exp(0) + expm1(0) + ln(1) + log10(100)",
            "        conv = (2 ms + 1 s) / ms + 1500 us / ms",
            "        mixed = x > 2 ? n_ref : h_ms / ms",
            "        power = g * 3 mV",
            "        area = (3 mV)**2",
            "        circle = 2 * pi + e - e",
            "    onReceive(spikes):",
            "        received += spikes * s",
            "    onCondition(received >= 3 and fired == 0):",
            "        fired = 1",
            "        emit_spike()",
            "");

    @Test
    void everyConstructComputesWhatNestmlSays() {
        NeuronModel model = Models.source(MODEL);
        Population p = model.createPopulation(1);
        PairSlice s = new PairSlice(p, 0.1, 10, 0, false, 30).runWithInput(30, 5, 1.0, 12, 2.5);
        assertEquals(192.0, value(p, "loops"), 0.0, "1+2+3 = 6 (NESTML's interval is half-open), doubled until >= 100");
        assertEquals(2.0, value(p, "branch"), 0.0);
        assertEquals(1.0, value(p, "flag"), 0.0);
        // 5 + 2 + 1 + 1 + 3 + 8 + 8 + 4 + 1 + 0 + 0 + 2
        assertEquals(35.0, value(p, "fn"), 1e-12);
        assertEquals(1003.5, value(p, "conv"), 1e-9, "(2 ms + 1 s)/ms + 1500 us/ms");
        assertEquals(20.0, value(p, "mixed"), 0.0, "steps(2 ms) at 0.1 ms");
        assertEquals(12.0, value(p, "power"), 1e-12, "4 nS * 3 mV in nS*mV");
        assertEquals(9.0, value(p, "area"), 1e-12);
        assertEquals(2 * Math.PI, value(p, "circle"), 1e-15, "NESTML's predefined pi and e");
        assertEquals(3.5, value(p, "received"), 0.0);
        assertEquals(1.0, value(p, "fired"), 0.0);
        assertEquals(1, s.spikeSteps(0).length);
        assertEquals(13, s.spikeSteps(0)[0], "the second spike arrives at the end of step 12");
    }

    /** Constructs of NESTML's own test models that once generated Java that did not compile or compare. */
    private static final String MORE = String.join("\n",
            "model more:",
            "    state:",
            "        picked real = 0",
            "        late mV = 0 mV",
            "        both real = 0",
            "        rate ms**-1 = 0 * ms**-1",
            "        inverse 1/ns = 0 / ns",
            "        volts mV = 0 mV",
            "    parameters:",
            "        root ns**-(1/2) = 3 ns**-(1/2)",
            "    function larger(a real, b real) real:",
            "        if a > b:",
            "            return a",
            "        else:",
            "            return b",
            "    function early() mV:",
            "        if true:",
            "            return 7 mV",
            "        return 5 mV",
            "    function negate(b boolean) boolean:",
            "        return not b",
            "    update:",
            "        ok boolean = true",
            "        ok = negate(ok)",
            "        picked = ok ? 1 : 2",
            "        late = early()",
            "        both = larger(3, 4) + larger(6, 5)",
            "        rate = 2 / ms",
            "        inverse = root**2",
            "        volts = 1.5 mA * 2 Ohm * (1 / Volt) * 1000 millivolt",
            "");

    @Test
    void booleanLocalsReturnsAfterReturnsAndUnitForms() {
        Population p = Models.source(MORE).createPopulation(1);
        new PairSlice(p, 0.1, 10, 0, false, 10).runWithInput(10, 5, 0.0, 12, 0.0);
        assertEquals(2.0, value(p, "picked"), 0.0, "a boolean local through a boolean function");
        assertEquals(7.0, value(p, "late"), 0.0, "the first return taken; the one after it is not");
        assertEquals(10.0, value(p, "both"), 0.0, "a function ending in if/else that returns in both");
        assertEquals(2.0, value(p, "rate"), 0.0, "ms**-1 is 1/ms");
        // NESTML's grammar makes "3 ns" one literal, so "3 ns**-(1/2)" is (3 ns)**(-1/2)
        assertEquals(1.0 / 3.0, value(p, "inverse"), 1e-15, "(ns**-(1/2))**2 is 1/ns");
        assertEquals(3.0, value(p, "volts"), 1e-12, "1.5 mA * 2 Ohm / Volt * 1000 millivolt in mV");
    }

    private static double value(Population p, String name) {
        return p.get(name, 0);
    }

    @Test
    void internalsReadBackAndAreReadOnlyAsInNestmlsNestTarget() {
        org.syncytium.api.neuron.NeuronModel m = Models.source(String.join("\n",
                "model internals:",
                "    state:",
                "        V_m mV = 0 mV",
                "    parameters:",
                "        tau ms = 4 ms",
                "    internals:",
                "        init_e 1/ms = e / tau    # peak normalisation",
                "    update:",
                "        V_m += init_e * mV * ms",
                ""));
        assertTrue(m.parameters().require("internals", "init_e").description().contains("read-only"));
        org.syncytium.api.neuron.Population p = m.createPopulation(1);
        assertEquals(Math.E / 4, p.get("init_e", 0), 1e-15);
        p.set(0, new String[] {"tau"}, new double[] {42});
        assertEquals(Math.E / 42, p.get("init_e", 0), 1e-15, "recomputed when a parameter changes");
        org.syncytium.api.error.BadPropertyException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.syncytium.api.error.BadPropertyException.class, () -> p.set(0, new String[] {"init_e"}, new double[] {1}));
        assertTrue(e.getMessage().contains("is an internal variable, computed from the parameters (read-only)"), e.getMessage());
    }

    @Test
    void cppKeywordsAreNamedWithAnUnderscoreAsNestmlsNestTargetNamesThem() {
        NeuronModel m = Models.source(String.join("\n",
                "model keywords:",
                "    state:",
                "        static real = 0",
                "        concept real = 0",
                "    equations:",
                "        concept' = 1 / s",
                "    parameters:",
                "        using real = 2",
                "    update:",
                "        static = concept + using",
                "        integrate_odes()",
                ""));
        assertTrue(m.parameters().find("using_").isPresent() && m.parameters().find("using").isEmpty());
        assertTrue(m.recordables().containsAll(java.util.List.of("static_", "concept_")), m.recordables().toString());
        Population p = m.createPopulation(1);
        p.set(0, new String[] {"using_"}, new double[] {5});
        new PairSlice(p, 0.1, 10, 0, false, 20).runWithInput(20, 0, 0.0, 0, 0.0);
        assertEquals(5 + 1.9e-3, p.get("static_", 0), 1e-12, "static = concept + using after 19 steps of 0.1 ms");
    }

    @Test
    void printWritesValuesInTheirDeclaredUnitsAsNestsCoutDoes() {
        NeuronModel m = Models.source(String.join("\n",
                "model printer:",
                "    state:",
                "        V_m V = -50 mV",
                "        V_thr MA*Ohm = -70 mV",
                "        n integer = 3",
                "        on boolean = true",
                "        big real = 1234567",
                "    update:",
                "        println(\"V_m: {V_m}, V_thr: {V_thr}, n = {n}, on = {on}\")",
                "        print(\"big {big}; \")",
                "        print(\"small {V_thr}\")",
                ""));
        Population p = m.createPopulation(1);
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            new PairSlice(p, 0.1, 1, 0, false, 1).runWithInput(1, 0, 0.0, 0, 0.0);
        } finally {
            System.setOut(saved);
        }
        assertEquals("V_m: -0.05 V, V_thr: -7e-08 MA Ohm, n = 3, on = 1\nbig 1.23457e+06; small -7e-08 MA Ohm",
                out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
