package org.syncytium.plugins.tsodyks;

import java.util.List;
import java.util.Map;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.synapse.PlasticSynapseModel;
import org.syncytium.support.synapse.ValueRules;
import org.syncytium.support.synapse.ValueRules.Rule;

/**
 * What the short-term plasticity models here share: a weight that stays (each spike carries a
 * fraction of it), one hidden value (the last presynaptic spike's time, ms, 0 before the first), no
 * common parameters, and NEST's range checks of their parameters.
 */
abstract class ShortTermModel extends PlasticSynapseModel {

    static final ParameterSpec WEIGHT_SPEC = ParameterSpec.real("weight", 1.0, "pA",
            "weight of a spike that finds all resources ready and releases all of them");
    static final ParameterSpec DELAY_SPEC = ParameterSpec.real("delay", 1.0, "ms", "transmission delay");
    static final ParameterSpec U_SPEC = ParameterSpec.real("U", 0.5, "",
            "increment of the release probability per spike, in [0, 1]");
    static final ParameterSpec TAU_REC_SPEC = ParameterSpec.real("tau_rec", 800.0, "ms",
            "time constant of the resources' recovery (> 0)");
    static final ParameterSpec TAU_FAC_SPEC = ParameterSpec.real("tau_fac", 0.0, "ms",
            "time constant of facilitation (>= 0; 0 switches facilitation off)");

    /** NEST's checks by parameter name; the others need only be finite. */
    private static final ValueRules RULES = new ValueRules(Map.of(
            "U", new Rule(u -> u >= 0 && u <= 1, "must be in [0, 1] ('U' must be in [0,1].)"),
            "u", new Rule(u -> u >= 0 && u <= 1, "must be in [0, 1] ('u' must be in [0,1].)"),
            "tau_psc", new Rule(t -> t > 0 && t < Double.POSITIVE_INFINITY, "must be > 0 ms ('tau_psc' must be > 0.)"),
            "tau_rec", new Rule(t -> t > 0 && t < Double.POSITIVE_INFINITY, "must be > 0 ms ('tau_rec' must be > 0.)"),
            "tau_fac", new Rule(t -> t >= 0 && t < Double.POSITIVE_INFINITY, "must be >= 0 ms ('tau_fac' must be >= 0.)")));

    ShortTermModel(String name, String description, ParameterSchema parameters, List<String> state) {
        super(name, description, parameters, state, List.of(), 1);
    }

    /** The spike's amplitude is a fraction of the weight, which stays as set. */
    @Override
    public final boolean changesWeight() {
        return false;
    }

    @Override
    public final void validate(String name, Object value) {
        RULES.check(this, name, value);
    }
}
