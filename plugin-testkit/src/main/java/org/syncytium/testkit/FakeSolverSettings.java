package org.syncytium.testkit;

import java.util.HashMap;
import java.util.Map;

import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.api.param.ParameterSpec;

/** A solver's kernel settings: its schema's defaults, overridden by {@link #set}. */
public final class FakeSolverSettings implements SolverSettings {

    private final CouplingSolver solver;
    private final double resolution;
    private final Map<String, Object> values = new HashMap<>();
    private boolean nodesExist;
    private boolean connectionsExist;

    /** The defaults of {@code solver}'s schema at resolution {@code h} ms. */
    public FakeSolverSettings(CouplingSolver solver, double resolution) {
        this.solver = solver;
        this.resolution = resolution;
        for (ParameterSpec spec : solver.parameters().specs()) {
            values.put(spec.name(), spec.defaultValue());
        }
    }

    /** Validates through the solver, as the kernel does, then sets. */
    public FakeSolverSettings set(String name, Object value) {
        Object converted = solver.parameters().convert(solver.name(), name, value);
        solver.validate(name, converted, this);
        values.put(name, converted);
        return this;
    }

    /** Pretends that nodes and connections exist (or not), for settings NEST fixes then. */
    public FakeSolverSettings network(boolean nodes, boolean connections) {
        nodesExist = nodes;
        connectionsExist = connections;
        return this;
    }

    @Override
    public double resolution() {
        return resolution;
    }

    @Override
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new AssertionError("the solver read \"" + name + "\", which is not in its parameter schema");
        }
        return values.get(name);
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
