package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.synapse.PlasticSynapseModel;
import org.syncytium.support.synapse.SynSpecValues;

/**
 * What the STDP models of this bundle share: one hidden value (the last presynaptic spike's time)
 * and the checks of their values.
 */
abstract class StdpModel extends PlasticSynapseModel {

    /** The parameters every model here has, with NEST's defaults. */
    static final ParameterSpec WEIGHT_SPEC = ParameterSpec.real("weight", 1.0, "pA",
            "amplitude of the postsynaptic current per spike; changes");
    static final ParameterSpec DELAY_SPEC = ParameterSpec.real("delay", 1.0, "ms",
            "transmission delay, also the dendritic delay of the rule");
    static final ParameterSpec KPLUS_SPEC = ParameterSpec.real("Kplus", 0.0, "", "presynaptic trace");
    /** {@code Kplus} of the models that refuse a negative one ({@link #kPlusNonNegative()}). */
    static final ParameterSpec KPLUS_NON_NEGATIVE_SPEC = ParameterSpec.real("Kplus", 0.0, "",
            "presynaptic trace (non-negative)");
    /** The per-connection values of the pair rule with Guetig et al.'s weight dependence, with NEST's defaults. */
    static final ParameterSpec[] PAIR_RULE_SPECS = {
        ParameterSpec.real("tau_plus", 20.0, "ms", "time constant of the presynaptic trace K+"),
        ParameterSpec.real("lambda", 0.01, "", "step size of a weight change"),
        ParameterSpec.real("alpha", 1.0, "", "depression relative to facilitation"),
        ParameterSpec.real("mu_plus", 1.0, "", "exponent of the facilitation's weight dependence"),
        ParameterSpec.real("mu_minus", 1.0, "", "exponent of the depression's weight dependence"),
        ParameterSpec.real("Wmax", 100.0, "pA", "largest weight (same sign as the weight)"),
    };
    /** {@code tau_plus} where it is common to a model's connections. */
    static final ParameterSpec TAU_PLUS_COMMON_SPEC = ParameterSpec.real("tau_plus", 20.0, "ms",
            "time constant of the presynaptic trace K+ (common)");
    static final ParameterSpec ALPHA_COMMON_SPEC = ParameterSpec.real("alpha", 1.0, "",
            "depression relative to facilitation (common)");

    StdpModel(String name, String description, ParameterSchema parameters, List<String> state, List<String> common) {
        super(name, description, parameters, state, common, 1);
    }

    @Override
    public final void validate(String name, Object value) {
        parameters().require(name(), name);
        switch (name) {
            case "delay" -> SynSpecValues.check(name(), name, value, d -> d > 0 && d < Double.POSITIVE_INFINITY,
                    "must be > 0 ms");
            case "tau_plus", "tau" -> SynSpecValues.check(name(), name, value, t -> t > 0 && t < Double.POSITIVE_INFINITY,
                    "must be > 0 ms");
            case "Kplus" -> SynSpecValues.check(name(), name, value,
                    k -> (k >= 0 || !kPlusNonNegative()) && Double.isFinite(k),
                    kPlusNonNegative() ? "must be non-negative (Kplus must be non-negative.)" : "must be a finite number");
            default -> SynSpecValues.check(name(), name, value, Double::isFinite, "must be a finite number");
        }
    }

    /** True if the model refuses a negative presynaptic trace (NEST's stdp_synapse does, the _hom models not). */
    boolean kPlusNonNegative() {
        return false;
    }

    /** NEST's models with common properties tie no per-connection values together; stdp_synapse overrides. */
    @Override
    public void check(double weight, double[] values, int offset) {
    }
}
