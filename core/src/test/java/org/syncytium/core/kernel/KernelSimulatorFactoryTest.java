package org.syncytium.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Simulator;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.registry.ExtensionRegistry;

/** Each simulator gets the machine options as they are when it is made (bench --alternate relies on it). */
class KernelSimulatorFactoryTest {
    @Test
    void machineOptionsAreAskedForPerSimulator() {
        AtomicInteger asked = new AtomicInteger();
        KernelSimulatorFactory factory = new KernelSimulatorFactory(new ExtensionRegistry(), () -> {
            asked.incrementAndGet();
            return new MachineOptions(1, s -> { });
        });
        try (Simulator first = factory.newSimulator(); Simulator second = factory.newSimulator()) {
            assertEquals(2, asked.get());
        }
    }
}
