package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;

/** examples/mixed_gap_models.yaml: hh_psc_alpha_gap and hh_cond_beta_gap_traub gap-coupled in one network. */
class MixedGapModelsTest {

    private static final SimulatorFactory FACTORY = TestKernels.factory();

    private static RunResult run(String... sets) {
        Scenario scenario = Scenario.load(Path.of("..", "examples", "mixed_gap_models.yaml"));
        Parameters parameters = scenario.parameters();
        Arrays.stream(sets).forEach(parameters::set);
        try (Simulator simulator = FACTORY.newSimulator()) {
            return new ScenarioRunner(scenario, parameters, name -> true).run(simulator, RunOptions.defaults());
        }
    }

    private static int spikes(RunResult result, String name) {
        return result.recorded().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().events().size();
    }

    @Test
    void eachModelPullsTheOtherAcrossTheGapJunctions() {
        RunResult coupled = run();
        RunResult uncoupled = run("gap_weight=0");
        // the models rest 10 mV apart: coupled, the Traub pair is held down, the hh pair lifted
        assertEquals(2, spikes(uncoupled, "spikes_traub"));
        assertEquals(0, spikes(coupled, "spikes_traub"));
        assertEquals(20, spikes(uncoupled, "spikes_hh"));
        assertEquals(22, spikes(coupled, "spikes_hh"));
        assertTrue(((Number) coupled.kernelStatus().get("wfr_iterations_mean")).doubleValue() > 1.0,
                "waveform relaxation iterates over the mixed gap network");
    }
}
