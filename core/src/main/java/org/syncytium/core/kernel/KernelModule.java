package org.syncytium.core.kernel;

import com.google.inject.AbstractModule;
import org.syncytium.api.comm.Communicator;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * Guice wiring of one kernel: the registry and machine options come from outside; every part
 * (settings, node manager, connection manager, ring buffers, worker pool, scheduler, statistics)
 * is a {@code @Singleton} with an {@code @Inject} constructor, so one injector is one simulator.
 */
public final class KernelModule extends AbstractModule {
    private final ExtensionRegistry registry;
    private final MachineOptions machine;
    private final Communicator communicator;

    /** @param communicator the processes of the run (chosen before, so that its errors are not wrapped) */
    public KernelModule(ExtensionRegistry registry, MachineOptions machine, Communicator communicator) {
        this.registry = registry;
        this.machine = machine;
        this.communicator = communicator;
    }

    @Override
    protected void configure() {
        bind(ExtensionRegistry.class).toInstance(registry);
        bind(MachineOptions.class).toInstance(machine);
        bind(Communicator.class).toInstance(communicator);
    }
}
