package org.syncytium.plugins.iafpsc;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code iaf_psc_exp}: leaky integrate-and-fire neuron with exponentially decaying excitatory and
 * inhibitory synaptic currents (a spike of weight w pA raises the current by w), integrated exactly
 * on the time grid (NEST's model of the same name). NEST's escape-noise threshold ({@code delta} >
 * 0) is not provided: {@code delta} must stay 0.
 */
@Component(service = NeuronModel.class)
public final class IafPscExpModel implements NeuronModel {

    static final String NAME = "iaf_psc_exp";
    static final String TAU_SYN_EX = "tau_syn_ex";
    static final String TAU_SYN_IN = "tau_syn_in";
    static final String DELTA = "delta";
    static final String RHO = "rho";
    static final LifParameters PARAMETERS = new LifParameters(NAME,
            ParameterSpec.real(TAU_SYN_EX, 2.0, "ms", "decay time of the excitatory synaptic current"),
            ParameterSpec.real(TAU_SYN_IN, 2.0, "ms", "decay time of the inhibitory synaptic current"),
            ParameterSpec.real(DELTA, 0.0, "mV", "width of NEST's escape-noise threshold region (0: sharp threshold)"),
            ParameterSpec.real(RHO, 0.01, "1/s", "escape rate at threshold of NEST's escape-noise threshold"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire, exponential PSCs, exact integration";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS.schema();
    }

    @Override
    public List<String> recordables() {
        return List.of("V_m", "I_syn_ex", "I_syn_in");
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new ExpPopulation(this, size);
    }
}
