package org.syncytium.plugins.iaf;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/**
 * {@code iaf_psc_alpha}: leaky integrate-and-fire neuron with alpha-shaped excitatory and inhibitory
 * postsynaptic currents, integrated exactly on the time grid (NEST's model of the same name).
 * Threshold crossing resets V_m to V_reset and holds it for t_ref.
 */
@Component(service = NeuronModel.class)
public final class IafPscAlphaModel implements NeuronModel {

    static final String NAME = "iaf_psc_alpha";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire, alpha-shaped PSCs, exact integration";
    }

    @Override
    public ParameterSchema parameters() {
        return IafParameters.SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return IafPopulation.RECORDABLES;
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new IafPopulation(this, size);
    }
}
