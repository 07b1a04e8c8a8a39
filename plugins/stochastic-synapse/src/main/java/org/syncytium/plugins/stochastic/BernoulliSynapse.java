package org.syncytium.plugins.stochastic;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.random.RandomStream;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.support.synapse.ValueRules.Rule;

/**
 * {@code bernoulli_synapse}: NEST's static synapse whose spikes pass with probability
 * {@code p_transmit} each (one uniform draw per spike: it passes if the draw is below
 * {@code p_transmit}); a spike that fails is neither delivered nor recorded.
 *
 * <p>Per connection: {@code weight} (pA, 1), {@code delay} (ms, 1), {@code p_transmit} (1, in [0, 1]).
 */
@Component(service = SynapseModel.class)
public final class BernoulliSynapse extends RandomTransmission {

    /** The model's NEST name. */
    public static final String NAME = "bernoulli_synapse";

    private static final int P_TRANSMIT = 0;

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(WEIGHT_SPEC, DELAY_SPEC,
            ParameterSpec.real("p_transmit", 1.0, "", "probability that a spike passes, in [0, 1]"));

    public BernoulliSynapse() {
        super(NAME, "spike synapse whose spikes pass with probability p_transmit (NEST's bernoulli_synapse)",
                PARAMETERS, List.of("p_transmit"), 0, Map.of("p_transmit", new Rule(p -> p >= 0 && p <= 1,
                        "must be in [0, 1] (Spike transmission probability must be in [0, 1].)")));
    }

    /** NEST ties no values together. */
    @Override
    public void check(double weight, double[] values, int offset) {
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target,
            RandomStream random) {
        return random.nextDouble() < v[o + P_TRANSMIT] ? weight : Double.NaN;
    }
}
