package __PACKAGE__;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code __NAME__}: a leaky integrate-and-fire neuron whose incoming spikes make the membrane
 * potential jump (as NEST's {@code iaf_psc_delta}), integrated exactly on the simulation grid.
 * The kernel finds it as an OSGi service by {@link #name()}.
 */
@Component(service = NeuronModel.class)
public final class __CLASS__Model implements NeuronModel {

    /** The name users type in {@code create}. */
    public static final String NAME = "__NAME__";

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("C_m", 250.0, "pF", "membrane capacitance"),
            ParameterSpec.real("tau_m", 10.0, "ms", "membrane time constant"),
            ParameterSpec.real("t_ref", 2.0, "ms", "refractory period (V_m clamped at V_reset, input ignored)"),
            ParameterSpec.real("E_L", -70.0, "mV", "resting potential"),
            ParameterSpec.real("V_reset", -70.0, "mV", "reset potential"),
            ParameterSpec.real("V_th", -55.0, "mV", "spike threshold"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant input current"),
            ParameterSpec.real("V_m", -70.0, "mV", "membrane potential (state)"));

    /** Public no-arg constructor for Declarative Services and for tests. */
    public __CLASS__Model() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire, voltage jumps on input spikes (weights in mV), exact integration";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
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
        return new __CLASS__Population(this, size);
    }
}
