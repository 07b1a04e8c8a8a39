package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.record.Events;

/** Scenario files with several phases: simulate, change the kernel, set parameters, simulate again. */
class PhasesTest {

    private static final SimulatorFactory FACTORY = TestKernels.factory();

    @TempDir
    Path folder;

    private static RunResult run(Path file, String... sets) {
        Scenario scenario = Scenario.load(file);
        Parameters parameters = scenario.parameters();
        Arrays.stream(sets).forEach(parameters::set);
        try (Simulator simulator = FACTORY.newSimulator()) {
            return new ScenarioRunner(scenario, parameters, name -> true).run(simulator, RunOptions.defaults());
        }
    }

    private Path swap(String solverLine) throws Exception {
        String text = Files.readString(Path.of("..", "examples", "solver_swap.yaml"))
                .replace("      coupling_solver: stepwise", "      coupling_solver: " + solverLine);
        Path file = folder.resolve("swap.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static double[] before(Events events, double ms) {
        return Arrays.stream(events.times()).filter(t -> t <= ms).toArray();
    }

    @Test
    void phasesContinueOneRunAndTheSolverSwapTakesEffect() throws Exception {
        RunResult swapped = run(Path.of("..", "examples", "solver_swap.yaml"));
        RunResult kept = run(swap("wfr"));
        assertEquals(300.0, swapped.simtimeMs());
        assertEquals("stepwise", swapped.kernelStatus().get("coupling_solver"));
        assertEquals("wfr", kept.kernelStatus().get("coupling_solver"));
        Events a = swapped.spikes().orElseThrow().events();
        Events b = kept.spikes().orElseThrow().events();
        // identical up to the swap; both keep spiking after it (the drive is raised at 200 ms)
        assertArrayEquals(before(b, 100.0), before(a, 100.0));
        assertTrue(a.times()[a.size() - 1] > 250.0, Arrays.toString(a.times()));
        assertEquals(300.0, ((Number) swapped.kernelStatus().get("biological_time")).doubleValue(), 1e-9);
    }

    @Test
    void phasesInOneSimulateEqualOneLongSimulate() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "solver_swap.yaml"));
        String head = text.substring(0, text.indexOf("simulate:\n  - simulate"));
        Path split = folder.resolve("split.yaml");
        Files.writeString(split, head + "simulate:\n  - simulate: 40\n  - kernel:\n      wfr_tol: 0.0001\n  - simulate: 80\n");
        Path whole = folder.resolve("whole.yaml");
        Files.writeString(whole, head + "simulate: 120\n");
        assertArrayEquals(run(whole).spikes().orElseThrow().events().times(),
                run(split).spikes().orElseThrow().events().times());
    }

    @Test
    void anUnknownSolverInAPhaseIsReportedAtItsLine() throws Exception {
        Path file = swap("stepwsie");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(file));
        assertEquals(48, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("stepwise"), e.getMessage());
    }

    @Test
    void malformedPhasesAreStructureErrors() throws Exception {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, "network: []\nsimulate:\n  - kernel:\n      wfr_tol: 0.001\n  - simulat: 10\n");
        ScenarioException typo = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertEquals(5, typo.line());
        assertTrue(typo.getMessage().contains("did you mean \"simulate\""), typo.getMessage());
        Files.writeString(file, "simulate:\n  - kernel:\n      wfr_tol: 0.001\n");
        ScenarioException none = assertThrows(ScenarioException.class, () -> Scenario.load(file));
        assertTrue(none.getMessage().contains("at least one"), none.getMessage());
    }
}
