package org.syncytium.plugins.stdpsynapse;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code stdp_nn_restr_synapse}: nearest-neighbour STDP, restricted symmetric scheme (see
 * {@link NearestNeighbourStdp}): only the first postsynaptic spike since the last presynaptic one
 * facilitates, and a presynaptic spike depresses only if a postsynaptic spike came since the last
 * one. Per connection the rule's values and the hidden time of the last presynaptic spike.
 */
@Component(service = SynapseModel.class)
public final class StdpNnRestrSynapse extends NearestNeighbourStdp {

    /** The model's NEST name. */
    public static final String NAME = "stdp_nn_restr_synapse";

    private static final int LAST_SPIKE = 6;

    public StdpNnRestrSynapse() {
        super(NAME, "spike synapse with nearest-neighbour STDP, restricted symmetric pairing"
                + " (NEST's stdp_nn_restr_synapse)", ParameterSchema.of(WEIGHT_SPEC, DELAY_SPEC, PAIR_RULE_SPECS[0],
                        PAIR_RULE_SPECS[1], PAIR_RULE_SPECS[2], PAIR_RULE_SPECS[3], PAIR_RULE_SPECS[4], PAIR_RULE_SPECS[5]), RULE_VALUES);
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + LAST_SPIKE];
        double w = weight;
        if (postSince(target, last, spikeTime, delay) > 0) {
            w = facilitate(w, v, o, Math.exp((last - (target.selected(0) + delay)) / v[o + TAU_PLUS]));
            w = depress(w, v, o, target.nearestKMinus(spikeTime - delay));
        }
        v[o + LAST_SPIKE] = spikeTime;
        return w;
    }
}
