package org.syncytium.plugins.iafcond;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/** Names, units and NEST 3.10's defaults of the three models, the column order of {@link CondPopulation}. */
final class CondParameters {

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
    static final int V_M = 11;
    static final int G_EX = 12;
    static final int G_IN = 13;

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("V_th", -55.0, "mV", "spike threshold"),
            ParameterSpec.real("V_reset", -60.0, "mV", "reset potential, held while refractory"),
            ParameterSpec.real("t_ref", 2.0, "ms", "refractory period"),
            ParameterSpec.real("g_L", 16.6667, "nS", "leak conductance"),
            ParameterSpec.real("C_m", 250.0, "pF", "membrane capacitance"),
            ParameterSpec.real("E_ex", 0.0, "mV", "excitatory reversal potential"),
            ParameterSpec.real("E_in", -85.0, "mV", "inhibitory reversal potential"),
            ParameterSpec.real("E_L", -70.0, "mV", "leak reversal potential"),
            ParameterSpec.real("tau_syn_ex", 0.2, "ms", "time constant of the excitatory conductance"),
            ParameterSpec.real("tau_syn_in", 2.0, "ms", "time constant of the inhibitory conductance"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant input current"),
            ParameterSpec.real("V_m", -70.0, "mV", "membrane potential (state)"),
            ParameterSpec.real("g_ex", 0.0, "nS", "excitatory conductance (state)"),
            ParameterSpec.real("g_in", 0.0, "nS", "inhibitory conductance (state)"));

    /** iaf_cond_beta's columns past G_IN; TAU_EX and TAU_IN are its decay times. */
    static final int TAU_RISE_EX = 14;
    static final int TAU_RISE_IN = 15;
    static final int DG_EX = 16;
    static final int DG_IN = 17;

    /** iaf_cond_beta: the same columns 0 to 13, the decay times in TAU_EX and TAU_IN, then its own. */
    static final ParameterSchema SCHEMA_BETA = betaSchema();

    static final List<String> RECORDABLES = List.of("V_m", "g_ex", "g_in");
    /** iaf_cond_alpha's, as NEST's: also the remaining refractory time, ms (steps left × resolution). */
    static final List<String> RECORDABLES_ALPHA = List.of("V_m", "g_ex", "g_in", "t_ref_remaining");

    private CondParameters() {
    }

    /** {@link #SCHEMA} with NEST's names for the beta conductances' decay times and the beta model's own entries. */
    private static ParameterSchema betaSchema() {
        List<ParameterSpec> specs = new ArrayList<>(SCHEMA.specs());
        specs.set(TAU_EX, ParameterSpec.real("tau_decay_ex", 0.2, "ms", "decay time of the excitatory conductance"));
        specs.set(TAU_IN, ParameterSpec.real("tau_decay_in", 2.0, "ms", "decay time of the inhibitory conductance"));
        specs.add(ParameterSpec.real("tau_rise_ex", 0.2, "ms", "rise time of the excitatory conductance"));
        specs.add(ParameterSpec.real("tau_rise_in", 2.0, "ms", "rise time of the inhibitory conductance"));
        specs.add(ParameterSpec.real("dg_ex", 0.0, "nS/ms", "rising part of the excitatory conductance (state)"));
        specs.add(ParameterSpec.real("dg_in", 0.0, "nS/ms", "rising part of the inhibitory conductance (state)"));
        return ParameterSchema.of(specs);
    }
}
