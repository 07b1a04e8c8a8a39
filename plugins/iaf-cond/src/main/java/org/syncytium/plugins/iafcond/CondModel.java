package org.syncytium.plugins.iafcond;

import java.util.List;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/** What the two models share: the schema, the recordables, no gap junctions; they differ in their conductances. */
abstract class CondModel implements NeuronModel {

    private final String name;
    private final String description;
    private final boolean alpha;

    CondModel(String name, String description, boolean alpha) {
        this.name = name;
        this.description = description;
        this.alpha = alpha;
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
        return CondParameters.SCHEMA;
    }

    @Override
    public final List<String> recordables() {
        return alpha ? CondParameters.RECORDABLES_ALPHA : CondParameters.RECORDABLES;
    }

    @Override
    public final boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public final Population createPopulation(int size) {
        return new CondPopulation(this, size, alpha);
    }
}
