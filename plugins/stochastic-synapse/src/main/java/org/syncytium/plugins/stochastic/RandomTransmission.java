package org.syncytium.plugins.stochastic;

import java.util.List;
import java.util.Map;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.support.synapse.PlasticSynapseModel;
import org.syncytium.support.synapse.ValueRules;
import org.syncytium.support.synapse.ValueRules.Rule;

/**
 * What the random-transmission models here share: the weight stays (a spike carries it, or a multiple
 * of it), no common parameters, the kernel's stream for every draw, and range checks by parameter name.
 */
abstract class RandomTransmission extends PlasticSynapseModel {

    static final ParameterSpec WEIGHT_SPEC = ParameterSpec.real("weight", 1.0, "pA", "weight of a spike that passes"
            + " (quantal_stp_synapse: of each released site)");
    static final ParameterSpec DELAY_SPEC = ParameterSpec.real("delay", 1.0, "ms", "transmission delay");

    private final ValueRules rules;

    /** @param rules each parameter's check beside {@code weight} (finite) and {@code delay} (> 0 ms) */
    RandomTransmission(String name, String description, ParameterSchema parameters, List<String> state, int hidden,
            Map<String, Rule> rules) {
        super(name, description, parameters, state, List.of(), hidden);
        this.rules = new ValueRules(rules);
    }

    /** A spike carries the weight or a multiple of it; the weight stays as set. */
    @Override
    public final boolean changesWeight() {
        return false;
    }

    @Override
    public final void validate(String name, Object value) {
        rules.check(this, name, value);
    }

    /** The kernel calls the form with a random stream (api.synapse 1.5); without one these models cannot draw. */
    @Override
    public final double transmit(double weight, double[] values, int offset, double spikeTime, double delay,
            SpikeHistory target) {
        throw new IllegalStateException(name() + " draws random numbers: transmit needs the kernel's stream");
    }
}
