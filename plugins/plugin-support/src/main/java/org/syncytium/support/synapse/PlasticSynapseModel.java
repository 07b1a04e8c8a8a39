package org.syncytium.support.synapse;

import java.util.List;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.api.synapse.SynapseKind;

/**
 * What every plastic synapse model states the same way: a spike synapse with a delay, not symmetric,
 * its name, description and schema, the per-connection values users see ({@link #state()}), those
 * its connections share ({@link #commonParameters()}) and how many private values follow. A model
 * adds its checks and its rule.
 */
public abstract class PlasticSynapseModel implements PlasticSynapse {
    private final String name;
    private final String description;
    private final ParameterSchema parameters;
    private final List<String> state;
    private final List<String> common;
    private final int hidden;

    /**
     * @param state  per-connection values in storage order (each with a default in {@code parameters})
     * @param common values shared by the model's connections (each with a default in {@code parameters})
     * @param hidden how many private per-connection values follow them (starting at 0)
     */
    protected PlasticSynapseModel(String name, String description, ParameterSchema parameters, List<String> state,
            List<String> common, int hidden) {
        this.name = name;
        this.description = description;
        this.parameters = parameters;
        this.state = List.copyOf(state);
        this.common = List.copyOf(common);
        this.hidden = hidden;
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
        return parameters;
    }

    @Override
    public final List<String> state() {
        return state;
    }

    @Override
    public final List<String> commonParameters() {
        return common;
    }

    @Override
    public final int hiddenState() {
        return hidden;
    }

    @Override
    public final SynapseKind kind() {
        return SynapseKind.SPIKE;
    }

    @Override
    public final boolean hasDelay() {
        return true;
    }

    @Override
    public final boolean requiresSymmetric() {
        return false;
    }
}
