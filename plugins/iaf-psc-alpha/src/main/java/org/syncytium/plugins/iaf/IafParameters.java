package org.syncytium.plugins.iaf;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/** Names, units, defaults (NEST 3.x) and validity rules of {@code iaf_psc_alpha}. */
final class IafParameters {

    static final String C_M = "C_m";
    static final String TAU_M = "tau_m";
    static final String TAU_SYN_EX = "tau_syn_ex";
    static final String TAU_SYN_IN = "tau_syn_in";
    static final String T_REF = "t_ref";
    static final String E_L = "E_L";
    static final String V_RESET = "V_reset";
    static final String V_TH = "V_th";
    static final String V_MIN = "V_min";
    static final String I_E = "I_e";
    static final String V_M = "V_m";

    /** Column order of the per-neuron value table in {@link IafPopulation}. */
    static final String[] NAMES = {C_M, TAU_M, TAU_SYN_EX, TAU_SYN_IN, T_REF, E_L, V_RESET, V_TH, V_MIN, I_E, V_M};

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real(C_M, 250.0, "pF", "membrane capacitance"),
            ParameterSpec.real(TAU_M, 10.0, "ms", "membrane time constant"),
            ParameterSpec.real(TAU_SYN_EX, 2.0, "ms", "rise time of the excitatory alpha current"),
            ParameterSpec.real(TAU_SYN_IN, 2.0, "ms", "rise time of the inhibitory alpha current"),
            ParameterSpec.real(T_REF, 2.0, "ms", "absolute refractory period"),
            ParameterSpec.real(E_L, -70.0, "mV", "resting potential"),
            ParameterSpec.real(V_RESET, -70.0, "mV", "reset potential"),
            ParameterSpec.real(V_TH, -55.0, "mV", "spike threshold"),
            ParameterSpec.real(V_MIN, Double.NEGATIVE_INFINITY, "mV", "lower bound of the membrane potential"),
            ParameterSpec.real(I_E, 0.0, "pA", "constant input current"),
            ParameterSpec.real(V_M, -70.0, "mV", "membrane potential (state)"));

    private IafParameters() {
    }

    /** Default of column {@code k}. */
    static double defaultValue(int k) {
        return (Double) SCHEMA.require(IafPscAlphaModel.NAME, NAMES[k]).defaultValue();
    }

    /** Column of {@code name}, or throws UnknownNameException with a suggestion. */
    static int column(String name) {
        SCHEMA.require(IafPscAlphaModel.NAME, name);
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(name)) {
                return k;
            }
        }
        throw new IllegalStateException(name);
    }

    /** Checks one neuron's complete value row, as NEST's Parameters_::set does. */
    static void check(double[] row) {
        require(row[col(C_M)] > 0, C_M, row, "must be > 0 (capacitance must be strictly positive)");
        require(row[col(TAU_M)] > 0, TAU_M, row, "must be > 0 (membrane time constant must be strictly positive)");
        require(row[col(TAU_SYN_EX)] > 0, TAU_SYN_EX, row, "must be > 0 (synaptic time constants must be strictly positive)");
        require(row[col(TAU_SYN_IN)] > 0, TAU_SYN_IN, row, "must be > 0 (synaptic time constants must be strictly positive)");
        require(row[col(T_REF)] >= 0, T_REF, row, "must be >= 0 (refractory time must not be negative)");
        require(row[col(V_RESET)] < row[col(V_TH)], V_RESET, row,
                "must be < V_th = " + row[col(V_TH)] + " (reset potential must be smaller than threshold)");
        for (int k = 0; k < row.length; k++) {
            if (Double.isNaN(row[k])) {
                throw new BadPropertyException(IafPscAlphaModel.NAME, NAMES[k], row[k], "must be a number");
            }
        }
    }

    private static int col(String name) {
        return column(name);
    }

    private static void require(boolean ok, String name, double[] row, String rule) {
        if (!ok) {
            throw new BadPropertyException(IafPscAlphaModel.NAME, name, row[col(name)], rule);
        }
    }
}
