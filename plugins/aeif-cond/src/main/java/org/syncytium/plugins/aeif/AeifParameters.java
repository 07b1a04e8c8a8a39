package org.syncytium.plugins.aeif;

import java.util.List;
import java.util.stream.Stream;

import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/** Names, units and NEST 3.10's defaults of both models, the column order of {@link AeifPopulation}. */
final class AeifParameters {

    static final int V_PEAK = 0;
    static final int V_RESET = 1;
    static final int T_REF = 2;
    static final int G_L = 3;
    static final int C_M = 4;
    static final int E_EX = 5;
    static final int E_IN = 6;
    static final int E_L = 7;
    static final int DELTA_T = 8;
    static final int TAU_W = 9;
    static final int A = 10;
    static final int B = 11;
    static final int V_TH = 12;
    static final int TAU_EX = 13;
    static final int TAU_IN = 14;
    static final int I_E = 15;
    static final int GSL_ERROR_TOL = 16;
    static final int V_M = 17;
    static final int G_EX = 18;
    static final int G_IN = 19;
    static final int W = 20;
    /** aeif_cond_alpha only: the rising parts of the conductances. */
    static final int DG_EX = 21;
    static final int DG_IN = 22;

    private static final List<ParameterSpec> COMMON = List.of(
            ParameterSpec.real("V_peak", 0.0, "mV", "spike detection threshold (V_th when Delta_T = 0)"),
            ParameterSpec.real("V_reset", -60.0, "mV", "reset potential, held while refractory"),
            ParameterSpec.real("t_ref", 0.0, "ms", "refractory period"),
            ParameterSpec.real("g_L", 30.0, "nS", "leak conductance"),
            ParameterSpec.real("C_m", 281.0, "pF", "membrane capacitance"),
            ParameterSpec.real("E_ex", 0.0, "mV", "excitatory reversal potential"),
            ParameterSpec.real("E_in", -85.0, "mV", "inhibitory reversal potential"),
            ParameterSpec.real("E_L", -70.6, "mV", "leak reversal potential"),
            ParameterSpec.real("Delta_T", 2.0, "mV", "slope factor of the exponential spike onset"),
            ParameterSpec.real("tau_w", 144.0, "ms", "adaptation time constant"),
            ParameterSpec.real("a", 4.0, "nS", "subthreshold adaptation"),
            ParameterSpec.real("b", 80.5, "pA", "spike-triggered adaptation"),
            ParameterSpec.real("V_th", -50.4, "mV", "spike initiation threshold"),
            ParameterSpec.real("tau_syn_ex", 0.2, "ms", "time constant of the excitatory conductance"),
            ParameterSpec.real("tau_syn_in", 2.0, "ms", "time constant of the inhibitory conductance"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant input current"),
            ParameterSpec.real("gsl_error_tol", 1e-6, "", "RKF45 error tolerance (absolute and relative, derivative scaled)"),
            ParameterSpec.real("V_m", -70.6, "mV", "membrane potential (state; starts at E_L's default)"),
            ParameterSpec.real("g_ex", 0.0, "nS", "excitatory conductance (state)"),
            ParameterSpec.real("g_in", 0.0, "nS", "inhibitory conductance (state)"),
            ParameterSpec.real("w", 0.0, "pA", "adaptation current (state)"));

    static final ParameterSchema EXP = ParameterSchema.of(COMMON);

    static final ParameterSchema ALPHA = ParameterSchema.of(Stream.concat(COMMON.stream(), Stream.of(
            ParameterSpec.real("dg_ex", 0.0, "nS/ms", "rising part of the excitatory conductance (state)"),
            ParameterSpec.real("dg_in", 0.0, "nS/ms", "rising part of the inhibitory conductance (state)"))).toList());

    static final List<String> RECORDABLES = List.of("V_m", "g_ex", "g_in", "w");

    /** Largest (V_peak − V_th) / Delta_T whose exponential keeps a margin of 1e20 below overflow (NEST's check). */
    static final double MAX_EXP_ARGUMENT = Math.log(Double.MAX_VALUE / 1e20);

    private AeifParameters() {
    }
}
