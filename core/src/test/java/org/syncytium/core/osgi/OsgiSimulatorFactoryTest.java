package org.syncytium.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Simulator;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.core.fixtures.TestNeuronModel;
import org.syncytium.core.fixtures.TestRecorder;
import org.syncytium.core.fixtures.TestRule;
import org.syncytium.core.fixtures.TestSolver;
import org.syncytium.core.fixtures.TestSynapse;

/** The DS component as SCR drives it: services bound and unbound while simulators exist. */
class OsgiSimulatorFactoryTest {
    @Test
    void bindAndUnbindChangeWhatSimulatorsSee() {
        OsgiSimulatorFactory factory = new OsgiSimulatorFactory();
        NeuronModel model = TestNeuronModel.leaky();
        factory.addNeuronModel(model, null);
        factory.addSynapseModel(TestSynapse.staticSynapse(), null);
        factory.addConnectionRule(new TestRule("all_to_all"), null);
        factory.addRecorder(TestRecorder.spikeRecorder(), null);
        factory.addCouplingSolver(TestSolver.wfr(), null);
        assertEquals(List.of("all_to_all"),
                factory.catalog().installed(ConnectionRule.class).stream().map(r -> r.name()).toList());
        try (Simulator sim = factory.newSimulator()) {
            var n = sim.create("test_leaky", 3);
            sim.connect(n, n, Map.of(), Map.of());
            sim.simulate(1.0);
            factory.removeNeuronModel(model);
            assertThrows(KernelException.class, () -> sim.simulate(1.0));
            assertThrows(UnknownNameException.class, () -> factory.newSimulator().create("test_leaky", 1));
            factory.addNeuronModel(TestNeuronModel.leaky(), null);
            sim.simulate(1.0);
        }
    }
}
