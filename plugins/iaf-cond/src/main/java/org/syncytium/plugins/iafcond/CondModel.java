package org.syncytium.plugins.iafcond;

import java.util.List;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/** What the three models share: the schema, the recordables, no gap junctions; they differ in their conductances. */
abstract class CondModel implements NeuronModel {

    private final String name;
    private final String description;
    private final CondKind kind;

    CondModel(String name, String description, CondKind kind) {
        this.name = name;
        this.description = description;
        this.kind = kind;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ParameterSchema parameters() {
        return kind == CondKind.BETA ? CondParameters.SCHEMA_BETA : CondParameters.SCHEMA;
    }

    @Override
    public final List<String> recordables() {
        return kind.rising() ? CondParameters.RECORDABLES_ALPHA : CondParameters.RECORDABLES;
    }

    @Override
    public final boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public final Population createPopulation(int size) {
        return new CondPopulation(this, size, kind);
    }
}
