package org.syncytium.core;

import java.util.Collection;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.kernel.KernelSimulatorFactory;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * The kernel without OSGi: a {@link SimulatorFactory} over a fixed list of extensions, for tests,
 * validation and benchmarks on a plain class path, e.g.
 * {@code Kernels.factory(List.of(new HhPscAlphaGapModel(), new StaticSynapse(), ...))}.
 * Each extension is registered under every extension point it implements.
 */
public final class Kernels {
    private Kernels() {
    }

    /** A factory over {@code extensions}, using this machine's cores, warnings to standard error. */
    public static SimulatorFactory factory(Collection<? extends Extension> extensions) {
        return factory(extensions, MachineOptions.defaults());
    }

    /** A factory over {@code extensions} with explicit machine options (core count, warning sink). */
    public static SimulatorFactory factory(Collection<? extends Extension> extensions, MachineOptions machine) {
        ExtensionRegistry registry = new ExtensionRegistry();
        extensions.forEach(registry::add);
        return new KernelSimulatorFactory(registry, machine);
    }
}
