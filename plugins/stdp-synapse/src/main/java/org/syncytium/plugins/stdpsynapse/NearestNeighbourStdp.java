package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.synapse.SpikeHistory;

/**
 * NEST's three nearest-neighbour STDP synapses (Morrison et al. 2008, Fig. 7): the weight rule of
 * {@code stdp_synapse} (Guetig et al.'s power-law dependence, per-connection {@code tau_plus},
 * {@code lambda}, {@code alpha}, {@code mu_plus}, {@code mu_minus}, {@code Wmax}), but each spike pairs
 * only with nearest neighbours. At a presynaptic spike t (delay d, previous one t_last) the
 * postsynaptic spikes t_j in (t_last − d, t − d] facilitate, then the target's nearest-neighbour
 * trace exp(−(t − d − t_post)/τ−) of its latest spike before t − d depresses:
 * <ul>
 * <li>{@code stdp_nn_symm_synapse}: every t_j facilitates by e^((t_last − t_j − d)/τ+); every
 * presynaptic spike depresses;</li>
 * <li>{@code stdp_nn_pre_centered_synapse}: the first t_j facilitates by K+ e^((t_last − t_j − d)/τ+)
 * and resets K+ to 0; every presynaptic spike depresses; then K+ ← K+ e^((t_last − t)/τ+) + 1;</li>
 * <li>{@code stdp_nn_restr_synapse}: only the first t_j facilitates, by e^((t_last − t_j − d)/τ+), and
 * only a presynaptic spike after a postsynaptic one depresses.</li>
 * </ul>
 */
abstract class NearestNeighbourStdp extends StdpModel {

    static final int TAU_PLUS = 0;
    static final int LAMBDA = 1;
    static final int ALPHA = 2;
    static final int MU_PLUS = 3;
    static final int MU_MINUS = 4;
    static final int WMAX = 5;

    static final List<String> RULE_VALUES = List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax");


    NearestNeighbourStdp(String name, String description, ParameterSchema parameters, List<String> state) {
        super(name, description, parameters, state, List.of());
    }

    @Override
    public final void check(double weight, double[] values, int offset) {
        double wmax = values[offset + WMAX];
        if ((weight >= 0) != (wmax >= 0)) {
            throw new BadPropertyException(name(), "Wmax", wmax, "must have the sign of the weight " + weight
                    + " (Weight and Wmax must have same sign.)");
        }
    }

    /** The pair rule's facilitation with this connection's values (see {@link StdpRule#facilitate}). */
    static double facilitate(double w, double[] v, int o, double k) {
        return StdpRule.facilitate(w, v[o + WMAX], v[o + LAMBDA], v[o + MU_PLUS], k);
    }

    /** The pair rule's depression with this connection's values (see {@link StdpRule#depress}). */
    static double depress(double w, double[] v, int o, double k) {
        return StdpRule.depress(w, v[o + WMAX], v[o + ALPHA] * v[o + LAMBDA], v[o + MU_MINUS], k);
    }

    /** The postsynaptic spikes in (t_last − d, t − d]: their count; {@code target.selected(j)} gives them. */
    static int postSince(SpikeHistory target, double last, double spikeTime, double delay) {
        return target.select(last - delay, spikeTime - delay);
    }
}
