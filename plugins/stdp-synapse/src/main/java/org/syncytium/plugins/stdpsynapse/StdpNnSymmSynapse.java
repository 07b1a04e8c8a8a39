package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code stdp_nn_symm_synapse}: nearest-neighbour STDP, symmetric scheme (see
 * {@link NearestNeighbourStdp}): each postsynaptic spike since the last presynaptic one facilitates,
 * each presynaptic spike depresses by the nearest-neighbour trace. Per connection the rule's values and
 * the hidden time of the last presynaptic spike (starts at 0 ms).
 */
@Component(service = SynapseModel.class)
public final class StdpNnSymmSynapse extends NearestNeighbourStdp {

    /** The model's NEST name. */
    public static final String NAME = "stdp_nn_symm_synapse";

    private static final int LAST_SPIKE = 6;

    public StdpNnSymmSynapse() {
        super(NAME, "spike synapse with nearest-neighbour STDP, symmetric pairing (NEST's stdp_nn_symm_synapse)",
                ParameterSchema.of(WEIGHT_SPEC, DELAY_SPEC, PAIR_RULE_SPECS[0], PAIR_RULE_SPECS[1], PAIR_RULE_SPECS[2],
                        PAIR_RULE_SPECS[3], PAIR_RULE_SPECS[4], PAIR_RULE_SPECS[5]), RULE_VALUES);
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + LAST_SPIKE];
        double w = weight;
        int post = postSince(target, last, spikeTime, delay);
        for (int j = 0; j < post; j++) {
            w = facilitate(w, v, o, Math.exp((last - (target.selected(j) + delay)) / v[o + TAU_PLUS]));
        }
        w = depress(w, v, o, target.nearestKMinus(spikeTime - delay));
        v[o + LAST_SPIKE] = spikeTime;
        return w;
    }
}
