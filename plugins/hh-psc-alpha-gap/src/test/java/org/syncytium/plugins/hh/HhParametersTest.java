package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterType;

/** Names, defaults, initial state and NEST's parameter rules (reference 1.1, 1.2, 1.5). */
class HhParametersTest {

    private static final NeuronModel MODEL = new HhPscAlphaGapModel();

    private static void assertUlps(double expected, double actual, String what) {
        assertEquals(expected, actual, 4 * Math.ulp(expected), what);
    }

    @Test
    void describesItselfWithNestsNames() {
        assertEquals("hh_psc_alpha_gap", MODEL.name());
        assertTrue(MODEL.supportsGapJunctions());
        assertEquals(List.of("V_m", "Act_m", "Inact_h", "Act_n", "Inact_p", "I_syn_ex", "I_syn_in"), MODEL.recordables());
        assertEquals(List.of("t_ref", "g_Na", "g_Kv1", "g_Kv3", "g_L", "C_m", "E_Na", "E_K", "E_L", "tau_syn_ex",
                "tau_syn_in", "I_e", "V_m", "Act_m", "Inact_h", "Act_n", "Inact_p", "integrator"),
                List.copyOf(MODEL.parameters().names()));
        assertEquals(ParameterType.STRING, MODEL.parameters().require("x", "integrator").type());
        assertEquals("pF", MODEL.parameters().require("x", "C_m").unit());
        assertEquals("nS", MODEL.parameters().require("x", "g_Kv3").unit());
    }

    @Test
    void defaultsAreNests() {
        Map<String, Object> expected = Map.ofEntries(Map.entry("t_ref", 2.0), Map.entry("g_Na", 4500.0),
                Map.entry("g_Kv1", 9.0), Map.entry("g_Kv3", 9000.0), Map.entry("g_L", 10.0), Map.entry("C_m", 40.0),
                Map.entry("E_Na", 74.0), Map.entry("E_K", -90.0), Map.entry("E_L", -70.0),
                Map.entry("tau_syn_ex", 0.2), Map.entry("tau_syn_in", 2.0), Map.entry("I_e", 0.0));
        Population p = MODEL.createPopulation(3);
        expected.forEach((name, value) -> {
            assertEquals(value, MODEL.parameters().defaults().get(name), name);
            assertEquals((Double) value, p.get(name, 2), 0.0, name);
        });
        assertEquals("rkf45_simd", p.option("integrator"), "the vectorised RKF45 is the default");
    }

    @Test
    void initialStateIsNestsRestPointWithSteadyStateGating() {
        Population p = MODEL.createPopulation(2);
        assertEquals(-69.60401191631222, p.get("V_m", 1), 0.0);
        assertUlps(0.019198766985083732, p.get("Act_m", 1), "m");
        assertUlps(0.868462041294399, p.get("Inact_h", 1), "h");
        assertUlps(0.0005741576228359767, p.get("Act_n", 1), "n");
        assertUlps(0.0002511318227150632, p.get("Inact_p", 1), "p");
        assertEquals(0.0, p.get("I_syn_ex", 1), 0.0);
        assertEquals(0.0, p.get("I_syn_in", 1), 0.0);
        // a rest point: 100 ms without input leave V where it was
        SingleNeuronRun run = new SingleNeuronRun(0.05, 20, 2000, new String[0], new double[0]).run();
        assertEquals(-69.60401191631222, run.at("V_m", 2000), 1e-9);
    }

    @Test
    void settingVmLeavesTheGatingVariablesAlone() {
        Population p = MODEL.createPopulation(1);
        double m = p.get("Act_m", 0);
        p.set(0, new String[] {"V_m"}, new double[] {-45.0});
        assertEquals(-45.0, p.get("V_m", 0), 0.0);
        assertEquals(m, p.get("Act_m", 0), 0.0);
    }

    @Test
    void setChangesOnlyTheNamedNeuron() {
        Population p = MODEL.createPopulation(3);
        p.set(1, new String[] {"I_e", "C_m"}, new double[] {250.0, 50.0});
        assertEquals(250.0, p.get("I_e", 1), 0.0);
        assertEquals(50.0, p.get("C_m", 1), 0.0);
        assertEquals(0.0, p.get("I_e", 0), 0.0);
        assertEquals(40.0, p.get("C_m", 2), 0.0);
    }

    @Test
    void everyNestRuleIsCheckedAndNothingChanges() {
        Object[][] bad = {
            {"C_m", 0.0}, {"C_m", -1.0}, {"t_ref", -0.1}, {"tau_syn_ex", 0.0}, {"tau_syn_in", -2.0},
            {"g_Na", -1.0}, {"g_Kv1", -1e-9}, {"g_Kv3", -5.0}, {"g_L", -0.5},
            {"Act_m", -0.1}, {"Inact_h", -1e-3}, {"Act_n", -1.0}, {"Inact_p", -0.2},
            {"E_L", Double.NaN}, {"I_e", Double.POSITIVE_INFINITY},
        };
        for (Object[] row : bad) {
            Population p = MODEL.createPopulation(2);
            String name = (String) row[0];
            double value = (Double) row[1];
            String[] names = {"I_e", name}; // a valid change first: must not happen either
            double[] values = {123.0, value};
            double before = p.get(name, 0);
            BadPropertyException validate = assertThrows(BadPropertyException.class, () -> p.validate(0, names, values));
            BadPropertyException set = assertThrows(BadPropertyException.class, () -> p.set(0, names, values));
            for (BadPropertyException e : List.of(validate, set)) {
                assertEquals("hh_psc_alpha_gap", e.owner(), name);
                assertEquals(name, e.parameter());
                assertTrue(e.getMessage().contains(name + " = "), e.getMessage());
            }
            assertEquals(before, p.get(name, 0), 0.0, name + " unchanged");
            assertEquals(0.0, p.get("I_e", 0), 0.0, "I_e unchanged when " + name + " is bad");
        }
        assertTrue(assertThrows(BadPropertyException.class,
                () -> MODEL.createPopulation(1).set(0, new String[] {"Act_n"}, new double[] {-1}))
                .getMessage().contains("(in)activation variables must be non-negative"));
    }

    @Test
    void boundaryValuesAreAccepted() {
        Population p = MODEL.createPopulation(1);
        p.set(0, new String[] {"t_ref", "g_Na", "g_Kv1", "g_Kv3", "g_L", "Act_m", "Inact_h", "Act_n", "Inact_p"},
                new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertEquals(0.0, p.get("g_Na", 0), 0.0);
        p.validate(0, new String[] {"C_m", "tau_syn_ex"}, new double[] {1e-3, 1e-3});
    }

    @Test
    void validateChangesNothing() {
        Population p = MODEL.createPopulation(1);
        p.validate(0, new String[] {"C_m", "V_m"}, new double[] {80.0, -50.0});
        assertEquals(40.0, p.get("C_m", 0), 0.0);
        assertEquals(-69.60401191631222, p.get("V_m", 0), 0.0);
    }

    @Test
    void unknownNamesGetASuggestion() {
        Population p = MODEL.createPopulation(1);
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> p.set(0, new String[] {"tau_syn_E"}, new double[] {1.0}));
        assertEquals("tau_syn_E", e.name());
        assertTrue(e.getMessage().contains("did you mean \"tau_syn_ex\""), e.getMessage());
        assertTrue(assertThrows(UnknownNameException.class, () -> p.get("g_na", 0)).getMessage()
                .contains("\"g_Na\""));
        assertTrue(assertThrows(UnknownNameException.class, () -> p.validate(0, new String[] {"V_M"}, new double[] {0}))
                .getMessage().contains("\"V_m\""));
        assertThrows(UnknownNameException.class, () -> p.option("integrater"));
    }

    @Test
    void integratorIsAPopulationOption() {
        Population p = MODEL.createPopulation(2);
        p.setOption("integrator", "dormand_prince");
        assertEquals("dormand_prince", p.option("integrator"));
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> p.setOption("integrator", "euler"));
        assertTrue(e.getMessage().contains("rkf45, rkf45_simd, dormand_prince"), e.getMessage());
        assertEquals("dormand_prince", p.option("integrator"));
        assertThrows(BadPropertyException.class, () -> p.set(0, new String[] {"integrator"}, new double[] {1}));
        assertThrows(BadPropertyException.class, () -> p.setOption("C_m", "40"));
        assertThrows(BadPropertyException.class, () -> p.get("integrator", 0));
    }

    @Test
    void recordablesReadTheState() {
        Population p = MODEL.createPopulation(2);
        p.set(1, new String[] {"V_m", "Inact_p"}, new double[] {-55.0, 0.25});
        assertEquals(-55.0, p.recordable(p.recordableIndex("V_m"), 1), 0.0);
        assertEquals(0.25, p.recordable(p.recordableIndex("Inact_p"), 1), 0.0);
        assertEquals(-1, p.recordableIndex("g_Na"));
        assertEquals(6, p.recordableIndex("I_syn_in"));
    }
}
