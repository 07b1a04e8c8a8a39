package org.syncytium.plugins.iafpsc;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code iaf_psc_delta}: leaky integrate-and-fire neuron whose input spikes move V_m at once by their
 * weight (mV), integrated exactly on the time grid (NEST's model of the same name). Spikes that
 * arrive while the neuron is refractory are lost (NEST's default, {@code refractory_input: false},
 * the only behaviour here).
 */
@Component(service = NeuronModel.class)
public final class IafPscDeltaModel implements NeuronModel {

    static final String NAME = "iaf_psc_delta";
    static final String REFRACTORY_INPUT = "refractory_input";
    static final LifParameters PARAMETERS = new LifParameters(NAME,
            ParameterSpec.real(LifParameters.V_MIN, -Double.MAX_VALUE, "mV", "lower bound of the membrane potential"),
            ParameterSpec.bool(REFRACTORY_INPUT, false, "true: spikes arriving while refractory are added when it ends, "
                    + "each decayed by exp(-remaining refractory time / tau_m); false: they are lost"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire, delta-shaped PSPs (mV), exact integration";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS.schema();
    }

    @Override
    public List<String> recordables() {
        return List.of("V_m");
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new DeltaPopulation(this, size);
    }
}
