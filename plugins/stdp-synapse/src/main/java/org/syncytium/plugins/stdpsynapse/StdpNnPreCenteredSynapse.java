package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code stdp_nn_pre_centered_synapse}: nearest-neighbour STDP, presynaptic-centered scheme (see
 * {@link NearestNeighbourStdp}): the first postsynaptic spike since the last presynaptic one
 * facilitates by the presynaptic trace K+ and resets it to 0; each presynaptic spike depresses by the
 * nearest-neighbour trace and then raises K+ (K+ ← K+ e^((t_last − t)/τ+) + 1). Per connection the
 * rule's values, {@code Kplus} (0, non-negative) and the hidden time of the last presynaptic spike.
 */
@Component(service = SynapseModel.class)
public final class StdpNnPreCenteredSynapse extends NearestNeighbourStdp {

    /** The model's NEST name. */
    public static final String NAME = "stdp_nn_pre_centered_synapse";

    private static final int KPLUS = 6;
    private static final int LAST_SPIKE = 7;

    public StdpNnPreCenteredSynapse() {
        super(NAME, "spike synapse with nearest-neighbour STDP, presynaptic-centered pairing"
                + " (NEST's stdp_nn_pre_centered_synapse)", ParameterSchema.of(WEIGHT_SPEC, DELAY_SPEC,
                        PAIR_RULE_SPECS[0], PAIR_RULE_SPECS[1], PAIR_RULE_SPECS[2], PAIR_RULE_SPECS[3], PAIR_RULE_SPECS[4], PAIR_RULE_SPECS[5],
                        KPLUS_NON_NEGATIVE_SPEC),
                List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax", "Kplus"));
    }

    @Override
    boolean kPlusNonNegative() {
        return true;
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + LAST_SPIKE];
        double tauPlus = v[o + TAU_PLUS];
        double kPlus = v[o + KPLUS];
        double w = weight;
        if (postSince(target, last, spikeTime, delay) > 0) {
            w = facilitate(w, v, o, kPlus * Math.exp((last - (target.selected(0) + delay)) / tauPlus));
            kPlus = 0.0;
        }
        w = depress(w, v, o, target.nearestKMinus(spikeTime - delay));
        v[o + KPLUS] = kPlus * Math.exp((last - spikeTime) / tauPlus) + 1.0;
        v[o + LAST_SPIKE] = spikeTime;
        return w;
    }
}
