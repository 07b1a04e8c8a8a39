package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;

/**
 * A closed simulator and its network are garbage once the caller drops them: nothing the thread
 * that ran simulate keeps (thread-locals, caches, the worker pool) may hold on to them until the
 * next run replaces it. Runs the seed scenario, small, with one and two threads (the caller is
 * worker 0 and keeps its thread-locals). The plugin's own per-thread scratch is checked by
 * hh-psc-alpha-gap's ReleasedPopulationTest, where its lanes run for certain.
 */
class ClosedSimulatorReleaseTest {

    private static final SimulatorFactory FACTORY = TestKernels.factory();

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aClosedSimulatorIsCollectable(int threads) {
        WeakReference<Simulator> closed = runAndClose(threads);
        for (int attempt = 0; attempt < 20 && closed.get() != null; attempt++) {
            System.gc();
        }
        assertNull(closed.get(), "the closed simulator (and its network) is still reachable");
    }

    private static WeakReference<Simulator> runAndClose(int threads) {
        Scenario scenario = Scenario.load(Path.of("..", "examples", "gap_junctions_inhibitory.yaml"));
        Parameters parameters = scenario.parameters();
        for (String set : new String[] {"n_neuron=40", "gap_per_neuron=6", "gap_pairs=random", "simtime=10",
                "threads=" + threads}) {
            parameters.set(set);
        }
        Simulator simulator = FACTORY.newSimulator();
        try (simulator) {
            RunResult result = new ScenarioRunner(scenario, parameters, name -> !name.equals("synchrony_monitor")).run(simulator, RunOptions.defaults());
            assertTrue(result.spikes().isPresent());
        }
        return new WeakReference<>(simulator);
    }
}
