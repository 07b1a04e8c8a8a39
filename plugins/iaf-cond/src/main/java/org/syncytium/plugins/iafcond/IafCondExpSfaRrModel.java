package org.syncytium.plugins.iafcond;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code iaf_cond_exp_sfa_rr}: NEST's {@code iaf_cond_exp} with a spike-frequency adaptation and a
 * relative refractory conductance (Dayan and Abbott 2001), each raised by q_sfa / q_rr nS at every
 * spike and decaying with tau_sfa / tau_rr towards 0, pulling V towards E_sfa / E_rr.
 */
@Component(service = NeuronModel.class)
public final class IafCondExpSfaRrModel implements NeuronModel {

    static final String NAME = "iaf_cond_exp_sfa_rr";

    static final int V_TH = 0;
    static final int V_RESET = 1;
    static final int T_REF = 2;
    static final int G_L = 3;
    static final int C_M = 4;
    static final int E_EX = 5;
    static final int E_IN = 6;
    static final int E_L = 7;
    static final int TAU_EX = 8;
    static final int TAU_IN = 9;
    static final int I_E = 10;
    static final int TAU_SFA = 11;
    static final int TAU_RR = 12;
    static final int E_SFA = 13;
    static final int E_RR = 14;
    static final int Q_SFA = 15;
    static final int Q_RR = 16;
    static final int V_M = 17;
    static final int G_EX = 18;
    static final int G_IN = 19;
    static final int G_SFA = 20;
    static final int G_RR = 21;

    /** NEST 3.10's names and defaults; the column order above. */
    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("V_th", -57.0, "mV", "spike threshold"),
            ParameterSpec.real("V_reset", -70.0, "mV", "reset potential, held while refractory"),
            ParameterSpec.real("t_ref", 0.5, "ms", "absolute refractory period"),
            ParameterSpec.real("g_L", 28.95, "nS", "leak conductance"),
            ParameterSpec.real("C_m", 289.5, "pF", "membrane capacitance"),
            ParameterSpec.real("E_ex", 0.0, "mV", "excitatory reversal potential"),
            ParameterSpec.real("E_in", -75.0, "mV", "inhibitory reversal potential"),
            ParameterSpec.real("E_L", -70.0, "mV", "leak reversal potential"),
            ParameterSpec.real("tau_syn_ex", 1.5, "ms", "time constant of the excitatory conductance"),
            ParameterSpec.real("tau_syn_in", 10.0, "ms", "time constant of the inhibitory conductance"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant input current"),
            ParameterSpec.real("tau_sfa", 110.0, "ms", "time constant of the adaptation conductance"),
            ParameterSpec.real("tau_rr", 1.97, "ms", "time constant of the relative refractory conductance"),
            ParameterSpec.real("E_sfa", -70.0, "mV", "reversal potential of the adaptation conductance"),
            ParameterSpec.real("E_rr", -70.0, "mV", "reversal potential of the relative refractory conductance"),
            ParameterSpec.real("q_sfa", 14.48, "nS", "adaptation conductance added at each spike"),
            ParameterSpec.real("q_rr", 3214.0, "nS", "relative refractory conductance added at each spike"),
            ParameterSpec.real("V_m", -70.0, "mV", "membrane potential (state; starts at E_L's default)"),
            ParameterSpec.real("g_ex", 0.0, "nS", "excitatory conductance (state)"),
            ParameterSpec.real("g_in", 0.0, "nS", "inhibitory conductance (state)"),
            ParameterSpec.real("g_sfa", 0.0, "nS", "adaptation conductance (state)"),
            ParameterSpec.real("g_rr", 0.0, "nS", "relative refractory conductance (state)"));

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public IafCondExpSfaRrModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "conductance-based leaky integrate-and-fire, exp conductances, adaptation and relative refractoriness";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return List.of("V_m", "g_ex", "g_in", "g_sfa", "g_rr");
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new SfaRrPopulation(this, size);
    }
}
