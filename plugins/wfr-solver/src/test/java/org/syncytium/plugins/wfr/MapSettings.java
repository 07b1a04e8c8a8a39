package org.syncytium.plugins.wfr;

import java.util.HashMap;
import java.util.Map;

import org.syncytium.api.coupling.SolverSettings;

/** Kernel settings as a map, with the WFR defaults, for unit tests. */
final class MapSettings implements SolverSettings {

    final Map<String, Object> values = new HashMap<>();
    double resolution = 0.1;
    boolean nodes;
    boolean connections;

    MapSettings() {
        values.putAll(WfrSettings.SCHEMA.defaults());
    }

    MapSettings with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    @Override
    public double resolution() {
        return resolution;
    }

    @Override
    public Object get(String name) {
        return values.get(name);
    }

    @Override
    public boolean nodesExist() {
        return nodes;
    }

    @Override
    public boolean connectionsExist() {
        return connections;
    }
}
