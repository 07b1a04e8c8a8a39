package org.syncytium.plugins.hhalpha;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code hh_psc_alpha}: NEST's Hodgkin-Huxley neuron (Na, K, leak; classic rates) with alpha-shaped
 * synaptic currents, integrated per step by GSL's RKF45 with NEST's control (absolute tolerance
 * 1e-3 per component, relative 0, the step size carried over between steps). A spike is a local
 * maximum of V_m at or above 0 mV, then none for t_ref; there is no reset.
 */
@Component(service = NeuronModel.class)
public final class HhPscAlphaModel implements NeuronModel {

    static final String NAME = "hh_psc_alpha";
    static final List<String> RECORDABLES = List.of("V_m", "I_syn_ex", "I_syn_in", "Act_m", "Inact_h", "Act_n");

    /** Parameters, then the named state; the column order of {@link HhAlphaPopulation}. */
    static final ParameterSchema SCHEMA;

    static {
        double[] rest = HhAlphaDynamics.equilibrium(-65.0);
        SCHEMA = ParameterSchema.of(
                ParameterSpec.real("t_ref", 2.0, "ms", "refractory period (no spike detected)"),
                ParameterSpec.real("g_Na", 12000.0, "nS", "sodium peak conductance"),
                ParameterSpec.real("g_K", 3600.0, "nS", "potassium peak conductance"),
                ParameterSpec.real("g_L", 30.0, "nS", "leak conductance"),
                ParameterSpec.real("C_m", 100.0, "pF", "membrane capacitance"),
                ParameterSpec.real("E_Na", 50.0, "mV", "sodium reversal potential"),
                ParameterSpec.real("E_K", -77.0, "mV", "potassium reversal potential"),
                ParameterSpec.real("E_L", -54.402, "mV", "leak reversal potential"),
                ParameterSpec.real("tau_syn_ex", 0.2, "ms", "rise time of the excitatory alpha current"),
                ParameterSpec.real("tau_syn_in", 2.0, "ms", "rise time of the inhibitory alpha current"),
                ParameterSpec.real("I_e", 0.0, "pA", "constant input current"),
                ParameterSpec.real("V_m", -65.0, "mV", "membrane potential (state)"),
                ParameterSpec.real("Act_m", rest[0], "", "sodium activation (state)"),
                ParameterSpec.real("Inact_h", rest[1], "", "sodium inactivation (state)"),
                ParameterSpec.real("Act_n", rest[2], "", "potassium activation (state)"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Hodgkin-Huxley, alpha-shaped PSCs, GSL RKF45";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return RECORDABLES;
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new HhAlphaPopulation(this, size);
    }
}
