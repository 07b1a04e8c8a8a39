package org.syncytium.plugins.hh;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * Names, units, defaults and rules of {@code hh_psc_alpha_gap}'s parameters and settable state
 * (NEST reference 1.1, 1.2, 1.5). The indices below are fixed: a population stores one column (array
 * over neurons) per parameter, and the state quantities, columns {@link #V_M} and up, in
 * {@link HhDynamics} component order in each neuron's row ({@link NeuronRow}).
 */
final class HhParameters {

    static final String MODEL = "hh_psc_alpha_gap";

    // ---- per-neuron parameters (columns 0..11) ----
    static final int T_REF = 0;
    static final int G_NA = 1;
    static final int G_KV1 = 2;
    static final int G_KV3 = 3;
    static final int G_L = 4;
    static final int C_M = 5;
    static final int E_NA = 6;
    static final int E_K = 7;
    static final int E_L = 8;
    static final int TAU_SYN_EX = 9;
    static final int TAU_SYN_IN = 10;
    static final int I_E = 11;
    // ---- settable state (columns 12..16) ----
    static final int V_M = 12;
    static final int ACT_M = 13;
    static final int INACT_H = 14;
    static final int ACT_N = 15;
    static final int INACT_P = 16;
    // ---- state that is recordable but not settable (columns 17..20) ----
    static final int DI_EX = 17;
    static final int I_SYN_EX = 18;
    static final int DI_IN = 19;
    static final int I_SYN_IN = 20;

    /** Number of quantities, parameters and state (the indices above). */
    static final int COLUMNS = 21;
    /** Number of columns users may set (parameters and settable state). */
    static final int SETTABLE = 17;

    /** Population-wide option selecting the ODE integrator. */
    static final String INTEGRATOR = "integrator";
    static final String RKF45 = "rkf45";
    static final String RKF45_SIMD = "rkf45_simd";
    static final String DORMAND_PRINCE = "dormand_prince";
    static final List<String> INTEGRATORS = List.of(RKF45, RKF45_SIMD, DORMAND_PRINCE);
    /** The integrator a new population uses. */
    static final String DEFAULT_INTEGRATOR = RKF45_SIMD;

    /** NEST's hard-coded initial membrane potential (not E_L), mV. */
    static final double V_INIT = -69.60401191631222;

    static final String[] NAMES = {
        "t_ref", "g_Na", "g_Kv1", "g_Kv3", "g_L", "C_m", "E_Na", "E_K", "E_L", "tau_syn_ex", "tau_syn_in", "I_e",
        "V_m", "Act_m", "Inact_h", "Act_n", "Inact_p",
        "dI_ex", "I_syn_ex", "dI_in", "I_syn_in",
    };

    /** Recordables in the order of {@code NeuronModel.recordables()}, with their columns. */
    static final List<String> RECORDABLES = List.of("V_m", "Act_m", "Inact_h", "Act_n", "Inact_p", "I_syn_ex", "I_syn_in");
    static final int[] RECORDABLE_COLUMNS = {V_M, ACT_M, INACT_H, ACT_N, INACT_P, I_SYN_EX, I_SYN_IN};

    static final ParameterSchema SCHEMA = ParameterSchema.of(specs());

    private HhParameters() {
    }

    private static List<ParameterSpec> specs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.real("t_ref", 2.0, "ms", "Refractory period: spike detection is blocked for round(t_ref/h) steps"));
        specs.add(ParameterSpec.real("g_Na", 4500.0, "nS", "Sodium peak conductance"));
        specs.add(ParameterSpec.real("g_Kv1", 9.0, "nS", "Potassium (Kv1) peak conductance"));
        specs.add(ParameterSpec.real("g_Kv3", 9000.0, "nS", "Potassium (Kv3) peak conductance"));
        specs.add(ParameterSpec.real("g_L", 10.0, "nS", "Leak conductance"));
        specs.add(ParameterSpec.real("C_m", 40.0, "pF", "Membrane capacitance"));
        specs.add(ParameterSpec.real("E_Na", 74.0, "mV", "Sodium reversal potential"));
        specs.add(ParameterSpec.real("E_K", -90.0, "mV", "Potassium reversal potential"));
        specs.add(ParameterSpec.real("E_L", -70.0, "mV", "Leak reversal potential"));
        specs.add(ParameterSpec.real("tau_syn_ex", 0.2, "ms", "Rise time of the excitatory alpha current"));
        specs.add(ParameterSpec.real("tau_syn_in", 2.0, "ms", "Rise time of the inhibitory alpha current"));
        specs.add(ParameterSpec.real("I_e", 0.0, "pA", "Constant external input current"));
        double[] gating = steadyStateGating(V_INIT);
        specs.add(ParameterSpec.real("V_m", V_INIT, "mV", "Membrane potential (setting it leaves the gating variables unchanged)"));
        specs.add(ParameterSpec.real("Act_m", gating[0], "", "Na activation m"));
        specs.add(ParameterSpec.real("Inact_h", gating[1], "", "Na inactivation h"));
        specs.add(ParameterSpec.real("Act_n", gating[2], "", "Kv1 activation n"));
        specs.add(ParameterSpec.real("Inact_p", gating[3], "", "Kv3 activation p (NEST's name)"));
        specs.add(ParameterSpec.text(INTEGRATOR, DEFAULT_INTEGRATOR,
                "Population-wide ODE integrator: rkf45_simd (NEST/GSL's RKF45, several neurons per SIMD instruction; "
                        + "falls back to rkf45 without the Vector API), rkf45 (NEST/GSL, scalar reference) "
                        + "or dormand_prince (Commons Math 8(5,3), accuracy reference)"));
        return specs;
    }

    /** Steady states m∞, h∞, n∞, p∞ = α/(α+β) at {@code v}. */
    static double[] steadyStateGating(double v) {
        return new double[] {
            HhDynamics.alphaM(v) / (HhDynamics.alphaM(v) + HhDynamics.betaM(v)),
            HhDynamics.alphaH(v) / (HhDynamics.alphaH(v) + HhDynamics.betaH(v)),
            HhDynamics.alphaN(v) / (HhDynamics.alphaN(v) + HhDynamics.betaN(v)),
            HhDynamics.alphaP(v) / (HhDynamics.alphaP(v) + HhDynamics.betaP(v)),
        };
    }

    /** Default values of all columns, in column order. */
    static double[] defaults() {
        double[] values = new double[COLUMNS];
        for (int k = 0; k < SETTABLE; k++) {
            values[k] = (Double) SCHEMA.require(MODEL, NAMES[k]).defaultValue();
        }
        return values;
    }

    /** Column of a per-neuron name (parameter, settable state or recordable), or -1. */
    static int column(String name) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Checks one new value against NEST's rule for its column.
     *
     * @throws BadPropertyException naming the model, the parameter, the value and the rule
     */
    static void check(int column, double value) {
        String name = NAMES[column];
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new BadPropertyException(MODEL, name, value, "must be a finite number");
        }
        switch (column) {
            case C_M:
                if (!(value > 0)) {
                    throw new BadPropertyException(MODEL, name, value, "must be > 0 (capacitance must be strictly positive)");
                }
                break;
            case T_REF:
                if (!(value >= 0)) {
                    throw new BadPropertyException(MODEL, name, value, "must be >= 0 (refractory time cannot be negative)");
                }
                break;
            case TAU_SYN_EX:
            case TAU_SYN_IN:
                if (!(value > 0)) {
                    throw new BadPropertyException(MODEL, name, value, "must be > 0 (all time constants must be strictly positive)");
                }
                break;
            case G_NA:
            case G_KV1:
            case G_KV3:
            case G_L:
                if (!(value >= 0)) {
                    throw new BadPropertyException(MODEL, name, value, "must be >= 0 (all conductances must be non-negative)");
                }
                break;
            case ACT_M:
            case INACT_H:
            case ACT_N:
            case INACT_P:
                if (!(value >= 0)) {
                    throw new BadPropertyException(MODEL, name, value, "must be >= 0 (all (in)activation variables must be non-negative)");
                }
                break;
            default:
                break;
        }
    }
}
