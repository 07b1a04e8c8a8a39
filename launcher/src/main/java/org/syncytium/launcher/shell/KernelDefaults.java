package org.syncytium.launcher.shell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;

/**
 * Kernel settings chosen in the shell ({@code kernel coupling_solver=stepwise}, {@code solver
 * stepwise}) and applied to every simulator the shell's commands create: right after creation and
 * again after each {@code setKernelStatus} made before the first node exists, so they override a
 * scenario's initial {@code kernel:} section but not the kernel phases of its {@code simulate} list.
 */
final class KernelDefaults {

    private final Map<String, Object> settings = new LinkedHashMap<>();

    /** The settings in the order they were given. */
    synchronized Map<String, Object> settings() {
        return new LinkedHashMap<>(settings);
    }

    /** Adds settings after checking them on a fresh simulator of {@code factory} (all or none). */
    synchronized void put(SimulatorFactory factory, Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>(settings);
        merged.putAll(more);
        try (Simulator check = factory.newSimulator()) {
            check.setKernelStatus(merged);
        }
        settings.putAll(more);
    }

    /** Forgets every setting. */
    synchronized void clear() {
        settings.clear();
    }

    /** {@code factory} with these settings applied to its simulators. */
    SimulatorFactory decorate(SimulatorFactory factory) {
        return (SimulatorFactory) Proxy.newProxyInstance(SimulatorFactory.class.getClassLoader(),
                new Class<?>[] {SimulatorFactory.class}, (proxy, method, args) -> {
                    Object result = invoke(factory, method, args);
                    return result instanceof Simulator simulator ? withDefaults(simulator) : result;
                });
    }

    private Simulator withDefaults(Simulator simulator) {
        Map<String, Object> defaults = settings();
        if (!defaults.isEmpty()) {
            simulator.setKernelStatus(defaults);
        }
        boolean[] built = {false};
        return (Simulator) Proxy.newProxyInstance(Simulator.class.getClassLoader(), new Class<?>[] {Simulator.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("create") || name.equals("connect") || name.equals("simulate")) {
                        built[0] = true;
                    }
                    Object result = invoke(simulator, method, args);
                    if (name.equals("setKernelStatus") && !built[0] && !defaults.isEmpty()) {
                        simulator.setKernelStatus(defaults);
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
