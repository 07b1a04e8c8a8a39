package org.syncytium.core.kernel;

import com.google.inject.Guice;
import com.google.inject.Stage;
import java.util.function.Supplier;
import org.syncytium.api.Catalog;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.comm.CommunicatorChoice;
import org.syncytium.core.registry.ExtensionRegistry;
import org.syncytium.core.registry.RegistryCatalog;

/** Makes simulators over a registry of extensions: one Guice injector per simulator. */
public final class KernelSimulatorFactory implements SimulatorFactory {
    private final ExtensionRegistry registry;
    private final Supplier<MachineOptions> machine;

    public KernelSimulatorFactory(ExtensionRegistry registry, MachineOptions machine) {
        this(registry, () -> machine);
    }

    /**
     * @param machine the machine options of each new simulator, asked once per simulator (so that
     *                {@link MachineOptions#defaults()} reads its system properties per simulator)
     */
    public KernelSimulatorFactory(ExtensionRegistry registry, Supplier<MachineOptions> machine) {
        this.registry = registry;
        this.machine = machine;
    }

    @Override
    public Simulator newSimulator() {
        return Guice.createInjector(Stage.PRODUCTION, new KernelModule(registry, machine.get(),
                CommunicatorChoice.choose(registry)))
                .getInstance(KernelSimulator.class);
    }

    @Override
    public Catalog catalog() {
        return new RegistryCatalog(registry);
    }
}
