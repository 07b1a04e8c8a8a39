package org.syncytium.plugins.multisynapse;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.neuron.LifSpecs;

/**
 * What the two models share: NEST 3.10's parameters and defaults (the scalars of {@link #scalars()},
 * the list {@code tau_syn} and the read-only {@code n_synapses} and {@code has_connections}), the
 * recordables and numbered receptors (1 to the length of a neuron's {@code tau_syn}).
 */
abstract class MultisynapseModel implements NeuronModel {

    static final String C_M = "C_m";
    static final String TAU_M = "tau_m";
    static final String T_REF = "t_ref";
    static final String E_L = "E_L";
    static final String V_RESET = "V_reset";
    static final String V_TH = "V_th";
    static final String I_E = "I_e";
    static final String V_MIN = "V_min";
    static final String V_M = "V_m";
    static final String TAU_SYN = "tau_syn";
    static final String N_SYNAPSES = "n_synapses";
    static final String HAS_CONNECTIONS = "has_connections";
    /** NEST's default: one receptor with a 2 ms time constant. */
    static final double DEFAULT_TAU_SYN = 2.0;

    private final String name;
    private final List<ParameterSpec> scalars;
    private final ParameterSchema schema;

    MultisynapseModel(String name, boolean lowerBound) {
        this.name = name;
        List<ParameterSpec> specs = LifSpecs.membrane();
        if (lowerBound) {
            specs.add(ParameterSpec.real(V_MIN, Double.NEGATIVE_INFINITY, "mV", "lower bound of the membrane potential"));
        }
        specs.add(ParameterSpec.real(V_M, -70.0, "mV", "membrane potential (state)"));
        scalars = List.copyOf(specs);
        List<ParameterSpec> all = new ArrayList<>(specs);
        all.add(ParameterSpec.realList(TAU_SYN, List.of(DEFAULT_TAU_SYN), "ms",
                "synaptic time constant of each receptor; its length is the number of receptors"));
        all.add(ParameterSpec.integer(N_SYNAPSES, 1, "", "number of receptors, the length of tau_syn (read-only)"));
        all.add(ParameterSpec.bool(HAS_CONNECTIONS, false,
                "true once a connection ends on one of the neuron's receptors (read-only)"));
        schema = ParameterSchema.of(all.toArray(ParameterSpec[]::new));
    }

    /** The real-valued parameters and the state V_m, in table order. */
    List<ParameterSpec> scalars() {
        return scalars;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ParameterSchema parameters() {
        return schema;
    }

    /** V_m, the sum of the synaptic currents and the first receptor's; {@code I_syn_2} ... as a population has them. */
    @Override
    public final List<String> recordables() {
        return List.of(V_M, "I_syn", "I_syn_1");
    }

    /** Receptors are numbered from 1; a neuron has as many as its {@code tau_syn} has elements (NEST's default 1). */
    @Override
    public final int spikeReceptors() {
        return 1;
    }

    /** One sum per receptor, as NEST's one buffer per receptor: the kernel moves half the arrays. */
    @Override
    public final boolean sumsReceptorSigns() {
        return true;
    }

    /** A neuron's receptors side by side: the receptor loop at one step reads consecutive input. */
    @Override
    public final boolean readsReceptorsSideBySide() {
        return true;
    }

    @Override
    public final boolean supportsGapJunctions() {
        return false;
    }
}
