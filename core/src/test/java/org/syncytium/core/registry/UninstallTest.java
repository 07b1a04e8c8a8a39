package org.syncytium.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.fixtures.Fixtures;
import org.syncytium.core.kernel.KernelSimulatorFactory;

/** A simulator notices, by name, when an extension it uses is uninstalled, and works again when it returns. */
class UninstallTest {
    @Test
    void removedExtensionsAreNamedAndReinstalledOnesWork() {
        ExtensionRegistry registry = new ExtensionRegistry();
        List<Extension> extensions = Fixtures.all();
        extensions.forEach(registry::add);
        SimulatorFactory factory = new KernelSimulatorFactory(registry, new MachineOptions(1, s -> { }));
        Extension neuron = find(extensions, "test_gap");
        Extension gap = find(extensions, "gap_junction");
        Extension wfr = find(extensions, "wfr");
        assertEquals(2, factory.catalog().installed(CouplingSolver.class).size());
        try (Simulator sim = factory.newSimulator()) {
            NodeCollection n = sim.create("test_gap", 500);
            sim.connect(new long[] {1}, new long[] {2}, Map.of("make_symmetric", true),
                    Map.of("synapse_model", "gap_junction"));
            sim.simulate(1.0);

            registry.remove(NeuronModel.class, neuron);
            assertEquals("neuron model \"test_gap\" is no longer installed; nodes 1..500 need it",
                    assertThrows(KernelException.class, () -> sim.simulate(1.0)).getMessage());
            assertThrows(KernelException.class, () -> sim.create("test_leaky", 1));
            assertThrows(KernelException.class, () -> sim.connect(n, n, Map.of(), Map.of()));
            registry.add(NeuronModel.class, TestNeuronModelCopy.gap());

            registry.remove(SynapseModel.class, gap);
            assertEquals("synapse model \"gap_junction\" is no longer installed; 2 connections need it",
                    assertThrows(KernelException.class, () -> sim.simulate(1.0)).getMessage());
            registry.add(SynapseModel.class, gap);

            registry.remove(CouplingSolver.class, wfr);
            assertEquals("coupling solver \"wfr\" is no longer installed; 2 gap-junction connections need it",
                    assertThrows(KernelException.class, () -> sim.simulate(1.0)).getMessage());
            registry.add(CouplingSolver.class, wfr);

            sim.simulate(1.0);
            assertEquals(2.0, (Double) sim.getKernelStatus("biological_time"), 1e-12);
        }
    }

    private static Extension find(List<Extension> extensions, String name) {
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** A reinstalled bundle brings a new instance of the same model. */
    private static final class TestNeuronModelCopy {
        static NeuronModel gap() {
            return org.syncytium.core.fixtures.TestNeuronModel.gap();
        }
    }
}
