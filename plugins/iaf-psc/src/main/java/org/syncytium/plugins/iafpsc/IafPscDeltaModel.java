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
 * arrive while the neuron is refractory are lost (NEST's default, {@code refractory_input: false}) or,
 * with {@code refractory_input}, added decayed when it ends. With {@code ignore_and_spike} (NEST 3.10's
 * mechanism) the neuron spikes at fixed intervals instead of at its threshold.
 */
@Component(service = NeuronModel.class)
public final class IafPscDeltaModel implements NeuronModel {

    static final String NAME = "iaf_psc_delta";
    static final String REFRACTORY_INPUT = "refractory_input";
    static final String IGNORE_AND_SPIKE = "ignore_and_spike";
    static final String IGNORE_AND_SPIKE_OFFSET = "ignore_and_spike_offset";
    static final String IGNORE_AND_SPIKE_INTERVAL = "ignore_and_spike_interval";
    static final LifParameters PARAMETERS = new LifParameters(NAME,
            ParameterSpec.real(LifParameters.V_MIN, -Double.MAX_VALUE, "mV", "lower bound of the membrane potential"),
            ParameterSpec.bool(REFRACTORY_INPUT, false, "true: spikes arriving while refractory are added when it ends, "
                    + "each decayed by exp(-remaining refractory time / tau_m); false: they are lost"),
            ParameterSpec.bool(IGNORE_AND_SPIKE, false, "true: the threshold is ignored and the neuron spikes (and"
                    + " resets) at offset, offset + interval, ... from the time the offset was set (NEST 3.10)"),
            ParameterSpec.real(IGNORE_AND_SPIKE_OFFSET, 1.0, "ms", "time of the first forced spike after the offset is"
                    + " set, > 0"),
            ParameterSpec.real(IGNORE_AND_SPIKE_INTERVAL, 100.0, "ms", "time between forced spikes, > 0"));

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
