package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code stdp_synapse_hom}: {@link StdpSynapse}'s rule with the rule's parameters common to all
 * connections of the model (NEST's common properties {@code tau_plus} (ms, 20), {@code lambda}
 * (0.01), {@code alpha} (1), {@code mu_plus} (1), {@code mu_minus} (1), {@code Wmax} (pA, 100)), set
 * with the model's defaults ({@code SetDefaults}, {@code CopyModel}); per connection only
 * {@code weight} (pA), {@code delay} (ms) and the presynaptic trace {@code Kplus}. As in NEST, no
 * sign rule ties the weight to {@code Wmax}.
 */
@Component(service = SynapseModel.class)
public final class StdpSynapseHom extends StdpModel {

    /** The model's NEST name. */
    public static final String NAME = "stdp_synapse_hom";

    private static final StdpRule.Layout LAYOUT = new StdpRule.Layout(1, 2, 3, 4, 5, 6, 0, 7);

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            WEIGHT_SPEC, DELAY_SPEC, KPLUS_SPEC, TAU_PLUS_COMMON_SPEC,
            ParameterSpec.real("lambda", 0.01, "", "step size of a weight change (common)"),
            ALPHA_COMMON_SPEC,
            ParameterSpec.real("mu_plus", 1.0, "", "exponent of the facilitation's weight dependence (common)"),
            ParameterSpec.real("mu_minus", 1.0, "", "exponent of the depression's weight dependence (common)"),
            ParameterSpec.real("Wmax", 100.0, "pA", "largest weight (common)"));

    public StdpSynapseHom() {
        super(NAME, "spike synapse with pair-based STDP, its rule's parameters common to all connections"
                + " (NEST's stdp_synapse_hom)", PARAMETERS, List.of("Kplus"),
                List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax"));
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        return StdpRule.pass(LAYOUT, weight, v, o, spikeTime, delay, target);
    }
}
