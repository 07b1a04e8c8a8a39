package org.syncytium.plugins.aeif;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * What NEST's {@code aeif_cond_alpha_multisynapse} and {@code aeif_cond_beta_multisynapse} share:
 * NEST 3.10's scalar parameters and defaults, a conductance per receptor whose reversal potential and
 * time constants are lists ({@code E_rev} with {@code tau_syn}, or with {@code tau_rise} and
 * {@code tau_decay}; their common length is the neuron's number of receptors, numbered from 1), the
 * read-only {@code n_receptors}, {@code has_connections}, {@code g} and {@code dg}, and the
 * recordables {@code V_m}, {@code w} and {@code g_1}, {@code g_2}, ...
 */
abstract class AeifMultisynapseModel implements NeuronModel {

    static final String E_REV = "E_rev";
    static final String TAU_SYN = "tau_syn";
    static final String TAU_RISE = "tau_rise";
    static final String TAU_DECAY = "tau_decay";

    /** The scalar parameters and states, in column order. */
    static final List<ParameterSpec> SCALARS = List.of(
            ParameterSpec.real("C_m", 281.0, "pF", "membrane capacitance"),
            ParameterSpec.real("V_th", -50.4, "mV", "spike initiation threshold"),
            ParameterSpec.real("t_ref", 0.0, "ms", "refractory period"),
            ParameterSpec.real("g_L", 30.0, "nS", "leak conductance"),
            ParameterSpec.real("E_L", -70.6, "mV", "leak reversal potential"),
            ParameterSpec.real("V_reset", -60.0, "mV", "reset potential"),
            ParameterSpec.real("a", 4.0, "nS", "subthreshold adaptation"),
            ParameterSpec.real("b", 80.5, "pA", "spike-triggered adaptation"),
            ParameterSpec.real("Delta_T", 2.0, "mV", "slope factor (0: integrate-and-fire with threshold V_th)"),
            ParameterSpec.real("tau_w", 144.0, "ms", "adaptation time constant"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant input current"),
            ParameterSpec.real("V_peak", 0.0, "mV", "spike detection threshold"),
            ParameterSpec.real("gsl_error_tol", 1e-6, "", "absolute and relative tolerance of the RKF45 control"),
            ParameterSpec.real("V_m", -70.6, "mV", "membrane potential (state)"),
            ParameterSpec.real("w", 0.0, "pA", "adaptation current (state)"));

    private final String name;
    private final String description;
    private final boolean beta;
    private final ParameterSchema schema;

    AeifMultisynapseModel(String name, String description, boolean beta) {
        this.name = name;
        this.description = description;
        this.beta = beta;
        List<ParameterSpec> specs = new ArrayList<>(SCALARS);
        specs.add(ParameterSpec.realList(E_REV, List.of(0.0), "mV", "reversal potential of each receptor"));
        if (beta) {
            specs.add(ParameterSpec.realList(TAU_RISE, List.of(2.0), "ms", "rise time of each receptor's conductance"));
            specs.add(ParameterSpec.realList(TAU_DECAY, List.of(20.0), "ms", "decay time of each receptor's conductance"));
        } else {
            specs.add(ParameterSpec.realList(TAU_SYN, List.of(2.0), "ms", "time constant of each receptor's alpha conductance"));
        }
        specs.add(ParameterSpec.integer("n_receptors", 1, "", "number of receptors, the lists' length (read-only)"));
        specs.add(ParameterSpec.bool("has_connections", false,
                "true once a connection ends on one of the neuron's receptors (read-only)"));
        specs.add(ParameterSpec.realList("g", List.of(0.0), "nS", "each receptor's conductance (state, read-only)"));
        specs.add(ParameterSpec.realList("dg", List.of(0.0), "nS/ms", "each receptor's rising part (state, read-only)"));
        schema = ParameterSchema.of(specs.toArray(ParameterSpec[]::new));
    }

    /** True for the beta model (tau_rise and tau_decay), false for the alpha model (tau_syn). */
    boolean beta() {
        return beta;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ParameterSchema parameters() {
        return schema;
    }

    @Override
    public final List<String> recordables() {
        return List.of("V_m", "w", "g_1");
    }

    /** Receptors are numbered from 1; a neuron has as many as its lists have elements (NEST's default 1). */
    @Override
    public final int spikeReceptors() {
        return 1;
    }

    @Override
    public final boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public final Population createPopulation(int size) {
        return new AeifMultisynapsePopulation(this, size);
    }
}
