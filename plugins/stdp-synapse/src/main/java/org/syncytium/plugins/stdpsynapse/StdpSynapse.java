package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code stdp_synapse}: a spike connection whose weight (pA) follows NEST's pair-based STDP rule
 * with Guetig et al.'s (2003) power-law weight dependence. Each presynaptic spike at t (ms) with
 * delay d (ms) first facilitates the weight once per postsynaptic spike t_j in (t_last − d, t − d]:
 * w/Wmax ← w/Wmax + λ (1 − w/Wmax)^μ+ K+ e^((t_last − t_j − d)/τ+), capped at 1; then depresses it
 * by the target's trace K−(t − d): w/Wmax ← w/Wmax − α λ (w/Wmax)^μ− K−, floored at 0; the spike
 * carries the new weight. Afterwards the presynaptic trace K+ ← K+ e^((t_last − t)/τ+) + 1 and
 * t_last ← t. The target's K− decays with its {@code tau_minus} (ms, set on the neuron).
 *
 * <p>Per connection: {@code tau_plus} (ms, 20), {@code lambda} (0.01), {@code alpha} (1),
 * {@code mu_plus} (1), {@code mu_minus} (1), {@code Wmax} (pA, 100, the sign of the weight),
 * {@code Kplus} (0, non-negative), and the hidden time of the last presynaptic spike (starts at 0 ms).
 */
@Component(service = SynapseModel.class)
public final class StdpSynapse extends StdpModel {

    /** The model's NEST name. */
    public static final String NAME = "stdp_synapse";

    private static final int TAU_PLUS = 0;
    private static final int LAMBDA = 1;
    private static final int ALPHA = 2;
    private static final int MU_PLUS = 3;
    private static final int MU_MINUS = 4;
    private static final int WMAX = 5;
    private static final int KPLUS = 6;
    /** Hidden: the last presynaptic spike's time (ms). */
    private static final int LAST_SPIKE = 7;

    private static final StdpRule.Layout LAYOUT = new StdpRule.Layout(TAU_PLUS, LAMBDA, ALPHA, MU_PLUS, MU_MINUS, WMAX,
            KPLUS, LAST_SPIKE);

    private static final List<String> STATE = List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax",
            "Kplus");

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(WEIGHT_SPEC, DELAY_SPEC,
            PAIR_RULE_SPECS[0], PAIR_RULE_SPECS[1], PAIR_RULE_SPECS[2], PAIR_RULE_SPECS[3], PAIR_RULE_SPECS[4],
            PAIR_RULE_SPECS[5], KPLUS_NON_NEGATIVE_SPEC);

    public StdpSynapse() {
        super(NAME, "spike synapse with pair-based spike-timing dependent plasticity (NEST's stdp_synapse)",
                PARAMETERS, STATE, List.of());
    }

    @Override
    boolean kPlusNonNegative() {
        return true;
    }

    @Override
    public void check(double weight, double[] values, int offset) {
        double wmax = values[offset + WMAX];
        if ((weight >= 0) != (wmax >= 0)) {
            throw new BadPropertyException(NAME, "Wmax", wmax, "must have the sign of the weight " + weight
                    + " (Weight and Wmax must have same sign.)");
        }
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        return StdpRule.pass(LAYOUT, weight, v, o, spikeTime, delay, target);
    }
}
