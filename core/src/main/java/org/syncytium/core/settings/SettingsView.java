package org.syncytium.core.settings;

import java.util.Map;
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
    private final boolean nodesExist;
    private final boolean connectionsExist;

    public SettingsView(Map<String, Object> values, ExtensionRegistry registry, boolean nodesExist,
            boolean connectionsExist) {
        this.values = values;
        this.registry = registry;
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
        switch (name) {
            case KernelKeys.COUPLING_SOLVER:
                return defaultSolver();
            case KernelKeys.USE_WFR:
                return KernelKeys.WFR.equals(get(KernelKeys.COUPLING_SOLVER));
            default:
                break;
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

    /** {@code wfr} if installed (NEST's default), else the first installed solver by name, else "". */
    private String defaultSolver() {
        if (registry.isInstalled(CouplingSolver.class, KernelKeys.WFR)) {
            return KernelKeys.WFR;
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
