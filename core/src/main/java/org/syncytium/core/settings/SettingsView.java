package org.syncytium.core.settings;

import java.util.Map;
import java.util.Optional;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * Kernel settings as a solver reads them: values set by the user, else the kernel's defaults, else
 * the default in an installed solver's schema. Also used on a staged copy while a
 * {@code setKernelStatus} call is being validated, so a solver checks a new value against the
 * other new values of the same call.
 */
public final class SettingsView implements SolverSettings {
    private final Map<String, Object> values;
    private final ExtensionRegistry registry;
    private final int processes;
    private final boolean nodesExist;
    private final boolean connectionsExist;

    public SettingsView(Map<String, Object> values, ExtensionRegistry registry, int processes, boolean nodesExist,
            boolean connectionsExist) {
        this.values = values;
        this.registry = registry;
        this.processes = processes;
        this.nodesExist = nodesExist;
        this.connectionsExist = connectionsExist;
    }

    @Override
    public double resolution() {
        return (Double) get(KernelKeys.RESOLUTION);
    }

    /** Any kernel setting (a superset of what the solver's schema lists); null if unknown. */
    @Override
    public Object get(String name) {
        Object value = values.get(name);
        if (value != null) {
            return value;
        }
        if (name.equals(KernelKeys.COUPLING_SOLVER)) {
            return defaultSolver();
        }
        if (name.equals(KernelKeys.VIRTUAL_PROCESSES)) {
            return ((Long) get(KernelKeys.LOCAL_THREADS)) * processes;
        }
        Optional<Boolean> switchValue = switchValue(name);
        if (switchValue.isPresent()) {
            return switchValue.get();
        }
        Object kernelDefault = KernelDefaults.VALUES.get(name);
        if (kernelDefault != null) {
            return kernelDefault;
        }
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            var spec = solver.parameters().find(name);
            if (spec.isPresent()) {
                return spec.get().defaultValue();
            }
        }
        return null;
    }

    /**
     * A solver switch ({@code use_wfr}) reads true if the selected solver is the one its true value
     * selects; empty if no installed solver declares a switch of this name.
     */
    private Optional<Boolean> switchValue(String name) {
        boolean declared = false;
        Object selected = get(KernelKeys.COUPLING_SOLVER);
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            if (solver.switchName().equals(name)) {
                declared = true;
                if (solver.name().equals(selected)) {
                    return Optional.of(solver.switchValue());
                }
            }
        }
        return declared ? Optional.of(false) : Optional.empty();
    }

    /**
     * The solver a switch's true value selects (NEST's default {@code use_wfr = True}) if one is
     * installed, else the first installed solver by name, else "".
     */
    private String defaultSolver() {
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            if (!solver.switchName().isEmpty() && solver.switchValue()) {
                return solver.name();
            }
        }
        return registry.names(CouplingSolver.class).stream().findFirst().orElse("");
    }

    @Override
    public boolean nodesExist() {
        return nodesExist;
    }

    @Override
    public boolean connectionsExist() {
        return connectionsExist;
    }
}
