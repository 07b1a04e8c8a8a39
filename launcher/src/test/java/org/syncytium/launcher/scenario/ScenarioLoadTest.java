package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoadTest {

    @TempDir
    Path folder;

    @Test
    void examplesLoadAndResolve() {
        for (String name : new String[] {"gap_junctions_inhibitory.yaml", "single_neuron.yaml", "gap_junctions_two_neurons.yaml"}) {
            Scenario scenario = Scenario.load(Path.of("..", "examples", name));
            Parameters parameters = scenario.parameters();
            assertTrue(parameters.effective().size() >= 2, name);
        }
        Scenario seed = Scenario.load(Path.of("..", "examples", "gap_junctions_inhibitory.yaml"));
        assertEquals("gap_junctions_inhibitory", seed.name());
        assertEquals(0.3, seed.parameters().effective().get("gap_weight"));
    }

    @Test
    void unknownTopLevelKeyNamesLineAndSuggestion() {
        Path file = ScenarioFiles.write(folder, "bad.yaml", "name: x\nparameters:\n  a: 1\nsimulat: 10\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("bad.yaml:4: unknown key \"simulat\""), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"simulate\""), e.getMessage());
    }

    @Test
    void unknownStepKeyIsReportedAtItsLine() {
        Path file = ScenarioFiles.write(folder, "bad.yaml", "simulate: 10\nnetwork:\n  - create:\n      model: x\n      size: 3\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("unknown key \"size\" in create"), e.getMessage());
    }

    @Test
    void unknownStepKind() {
        Path file = ScenarioFiles.write(folder, "bad.yaml", "simulate: 10\nnetwork:\n  - conect: {pre: a, post: b}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("did you mean \"connect\""), e.getMessage());
    }

    @Test
    void missingRequiredKey() {
        Path file = ScenarioFiles.write(folder, "bad.yaml", "simulate: 10\nnetwork:\n  - connect:\n      pre: a\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertTrue(e.getMessage().contains("connect needs \"post\""), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void yamlSyntaxErrorHasLine() {
        Path file = ScenarioFiles.write(folder, "bad.yaml", "simulate: 10\nnetwork:\n  - create: {model: a\n  - x\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertTrue(e.line() >= 3, e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    }

    @Test
    void duplicateKey() {
        Path file = ScenarioFiles.write(folder, "bad.yaml", "simulate: 10\nsimulate: 20\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertEquals(2, e.line());
    }

    @Test
    void missingFile() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.load(folder.resolve("none.yaml")));
        assertTrue(e.getMessage().endsWith("none.yaml: scenario file not found"), e.getMessage());
    }

    @Test
    void nameDefaultsToFileName() {
        Path file = ScenarioFiles.write(folder, "my_net.yaml", "simulate: 10\n");
        assertEquals("my_net", Scenario.load(file).name());
    }

    @Test
    void scientificNotationIsANumber() {
        Path file = ScenarioFiles.write(folder, "s.yaml", "parameters:\n  tol: 1e-4\n  h: .05\nsimulate: 10\n");
        Parameters p = Scenario.load(file).parameters();
        assertEquals(1e-4, p.effective().get("tol"));
        assertEquals(0.05, p.effective().get("h"));
    }
}
