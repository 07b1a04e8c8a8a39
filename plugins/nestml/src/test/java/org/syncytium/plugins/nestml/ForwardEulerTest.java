package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.neuron.Population;
import org.syncytium.plugins.nestml.codegen.GapOptions;
import org.syncytium.plugins.nestml.codegen.ModelCompiler;
import org.syncytium.plugins.nestml.codegen.NumericSolver;
import org.syncytium.plugins.nestml.codegen.SynapseOptions;
import org.syncytium.plugins.nestml.runtime.NestmlNeuronModel;
import org.syncytium.plugins.nestml.service.NestmlFiles;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * NESTML's {@code numeric_solver: "forward-Euler"}: the nonlinear ODEs advance by one explicit Euler
 * step per step, y ← y + h f(y), all from the step's start (NEST's izhikevich integrates so); the
 * linear decay beside them stays exact.
 */
class ForwardEulerTest {

    private static final String MODEL = ConstantRateOdeTest.TRACE.replace("y' = -y**2 / tau",
            "y' = -y**2 / tau + x / tau");

    private static Population population(NumericSolver solver) {
        return new NestmlNeuronModel(ModelCompiler.compile("euler.nestml", MODEL, GapOptions.NONE, SynapseOptions.NONE,
                solver).neurons().get(0)).createPopulation(1);
    }

    @Test
    void theNonlinearOdesTakeOneEulerStepPerStep() {
        Population p = population(NumericSolver.FORWARD_EULER);
        new PairSlice(p, 0.02, 9, 0, false, 9).runWithInput(9, 0, 0.0, 0, 0.0);
        double x = 42.0;
        double y = 42.0;
        double tau = 4.0;
        double h = 0.02;
        for (int k = 0; k < 9; k++) {
            double dx = -x / tau;
            double dy = -y * y / tau + x / tau;
            x += h * dx;
            y += h * dy;
        }
        assertEquals(y, p.get("y", 0), 1e-12 * Math.abs(y), "y by Euler from the step's start, x and y together");
        assertEquals(x, p.get("x", 0), 1e-12 * x);
        Population adaptive = population(NumericSolver.RKF45);
        new PairSlice(adaptive, 0.02, 9, 0, false, 9).runWithInput(9, 0, 0.0, 0, 0.0);
        assertTrue(Math.abs(adaptive.get("y", 0) - y) > 1e-3, "RKF45 gives another y: the option changed something");
    }

    @Test
    void theOptionComesFromTheSidecarFileAndAnUnknownSolverIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("euler.nestml");
        Files.writeString(file, MODEL);
        Files.writeString(dir.resolve("euler.codegen.json"), "{\"numeric_solver\": \"forward-Euler\"}");
        Population p = new NestmlNeuronModel(NestmlFiles.compile(file).neurons().get(0)).createPopulation(1);
        Population direct = population(NumericSolver.FORWARD_EULER);
        new PairSlice(p, 0.02, 9, 0, false, 9).runWithInput(9, 0, 0.0, 0, 0.0);
        new PairSlice(direct, 0.02, 9, 0, false, 9).runWithInput(9, 0, 0.0, 0, 0.0);
        assertEquals(direct.get("y", 0), p.get("y", 0), 0.0);
        Files.writeString(dir.resolve("euler.codegen.json"), "{\"numeric_solver\": \"rk4\"}");
        NestmlException e = assertThrows(NestmlException.class, () -> NestmlFiles.compile(file));
        assertTrue(e.getMessage().contains("euler.codegen.json") && e.getMessage().contains("rk4"), e.getMessage());
    }
}
