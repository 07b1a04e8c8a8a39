package org.syncytium.plugins.traub;

import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/** Names, units and defaults of hh_cond_beta_gap_traub, as NEST 3 (column indices for the population). */
final class TraubParameters {

    static final String MODEL = "hh_cond_beta_gap_traub";

    static final int G_NA = 0;
    static final int G_K = 1;
    static final int G_L = 2;
    static final int C_M = 3;
    static final int E_NA = 4;
    static final int E_K = 5;
    static final int E_L = 6;
    static final int V_T = 7;
    static final int E_EX = 8;
    static final int E_IN = 9;
    static final int TAU_RISE_EX = 10;
    static final int TAU_DECAY_EX = 11;
    static final int TAU_RISE_IN = 12;
    static final int TAU_DECAY_IN = 13;
    static final int T_REF = 14;
    static final int I_E = 15;
    /** Number of parameter columns; the state columns follow. */
    static final int PARAMETERS = 16;
    static final int V_M = 16;
    static final int ACT_M = 17;
    static final int INACT_H = 18;
    static final int ACT_N = 19;
    static final int G_EX = 20;
    static final int G_IN = 21;
    static final int COLUMNS = 22;

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("g_Na", 20000.0, "nS", "sodium peak conductance"),
            ParameterSpec.real("g_K", 6000.0, "nS", "potassium peak conductance"),
            ParameterSpec.real("g_L", 10.0, "nS", "leak conductance"),
            ParameterSpec.real("C_m", 200.0, "pF", "membrane capacitance"),
            ParameterSpec.real("E_Na", 50.0, "mV", "sodium reversal potential"),
            ParameterSpec.real("E_K", -90.0, "mV", "potassium reversal potential"),
            ParameterSpec.real("E_L", -60.0, "mV", "leak reversal potential"),
            ParameterSpec.real("V_T", -50.0, "mV", "voltage offset of the rate functions; spikes at V_T + 30 mV"),
            ParameterSpec.real("E_ex", 0.0, "mV", "excitatory reversal potential"),
            ParameterSpec.real("E_in", -80.0, "mV", "inhibitory reversal potential"),
            ParameterSpec.real("tau_rise_ex", 0.5, "ms", "rise time of the excitatory conductance"),
            ParameterSpec.real("tau_decay_ex", 5.0, "ms", "decay time of the excitatory conductance"),
            ParameterSpec.real("tau_rise_in", 0.5, "ms", "rise time of the inhibitory conductance"),
            ParameterSpec.real("tau_decay_in", 10.0, "ms", "decay time of the inhibitory conductance"),
            ParameterSpec.real("t_ref", 2.0, "ms", "refractory period: no spike is detected for round(t_ref/h) steps"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant external input current"),
            ParameterSpec.real("V_m", -60.0, "mV", "membrane potential (state; setting it leaves the gating variables unchanged)"),
            ParameterSpec.real("Act_m", Rates.initialM(-60.0), "", "sodium activation m (state)"),
            ParameterSpec.real("Inact_h", Rates.initialH(-60.0), "", "sodium inactivation h (state)"),
            ParameterSpec.real("Act_n", Rates.initialN(-60.0), "", "potassium activation n (state)"),
            ParameterSpec.real("g_ex", 0.0, "nS", "excitatory conductance (state)"),
            ParameterSpec.real("g_in", 0.0, "nS", "inhibitory conductance (state)"));

    private TraubParameters() {
    }
}
