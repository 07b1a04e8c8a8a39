package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {

    @TempDir
    Path folder;

    private Scenario scenario(String parameters, String body) {
        return Scenario.load(ScenarioFiles.write(folder, "p.yaml", "parameters:\n" + parameters + body + "simulate: 10\n"));
    }

    @Test
    void wholeReferenceKeepsType() {
        Scenario s = scenario("  n: 500\n  g: 0.3\n  wfr: true\n  pairs: file\n", "kernel:\n  a: ${n}\n  b: ${g}\n  c: ${wfr}\n  d: ${pairs}\n");
        Object kernel = s.parameters().deep(s.root().get("kernel"));
        assertEquals(Map.of("a", 500L, "b", 0.3, "c", true, "d", "file"), kernel);
    }

    @Test
    void arithmeticOfReferences() {
        Scenario s = scenario("  n: 500\n  k: 30\n  w: 0.5\n", "kernel:\n  pairs: ${n} * ${k}\n  half: ${w} / 2\n  text: run-${n}\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> kernel = (Map<String, Object>) s.parameters().deep(s.root().get("kernel"));
        assertEquals(15000L, kernel.get("pairs"));
        assertEquals(0.25, kernel.get("half"));
        assertEquals("run-500", kernel.get("text"));
    }

    @Test
    void defaultsMayReferToOtherParameters() {
        Scenario s = scenario("  n: 10\n  m: ${n} * 2\n", "");
        assertEquals(20L, s.parameters().effective().get("m"));
        Parameters p = s.parameters();
        p.set("n=4");
        assertEquals(8L, p.effective().get("m"));
    }

    @Test
    void cycleIsAnError() {
        Scenario s = scenario("  a: ${b}\n  b: ${a}\n", "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.parameters().effective());
        assertTrue(e.getMessage().contains("refers to itself"), e.getMessage());
    }

    @Test
    void unknownReferenceNamesLineAndSuggestion() {
        Scenario s = scenario("  gap_weight: 0.3\n", "kernel:\n  w: ${gap_wieght}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.parameters().deep(s.root().get("kernel")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("unknown parameter ${gap_wieght}; did you mean \"gap_weight\"?"), e.getMessage());
    }

    @Test
    void setOverridesWithTheDeclaredType() {
        Parameters p = scenario("  g: 0.3\n  n: 500\n  wfr: true\n  pairs: file\n", "").parameters();
        p.set("g=1");
        p.set("n=250");
        p.set("wfr=false");
        p.set("pairs=random");
        assertEquals(1.0, p.effective().get("g"));
        assertEquals(250L, p.effective().get("n"));
        assertEquals(false, p.effective().get("wfr"));
        assertEquals("random", p.effective().get("pairs"));
    }

    @Test
    void setUnknownNameSuggests() {
        Parameters p = scenario("  gap_weight: 0.3\n", "").parameters();
        ScenarioException e = assertThrows(ScenarioException.class, () -> p.set("gap_wight=0.5"));
        assertEquals("--set gap_wight: unknown parameter \"gap_wight\"; did you mean \"gap_weight\"?", e.getMessage());
    }

    @Test
    void setWrongTypeIsAnError() {
        Parameters p = scenario("  g: 0.3\n  n: 500\n  wfr: true\n", "").parameters();
        for (String bad : List.of("g=abc", "n=2.5", "wfr=maybe")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> p.set(bad), bad);
            assertTrue(e.getMessage().startsWith("--set " + bad + ": "), e.getMessage());
        }
    }

    @Test
    void setWithoutEqualsIsAnError() {
        Parameters p = scenario("  g: 0.3\n", "").parameters();
        assertThrows(ScenarioException.class, () -> p.set("g"));
    }
}
