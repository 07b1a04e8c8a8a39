package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
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

    static final ParameterSpec[] RULE_SPECS = {
        ParameterSpec.real("tau_plus", 20.0, "ms", "time constant of the presynaptic trace"),
        ParameterSpec.real("lambda", 0.01, "", "step size of a weight change"),
        ParameterSpec.real("alpha", 1.0, "", "depression relative to facilitation"),
        ParameterSpec.real("mu_plus", 1.0, "", "exponent of the facilitation's weight dependence"),
        ParameterSpec.real("mu_minus", 1.0, "", "exponent of the depression's weight dependence"),
        ParameterSpec.real("Wmax", 100.0, "pA", "largest weight (same sign as the weight)"),
    };

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

    /** w/Wmax ← w/Wmax + λ (1 − w/Wmax)^μ+ · k, capped at 1. */
    static double facilitate(double w, double[] v, int o, double k) {
        double wmax = v[o + WMAX];
        double normalised = w / wmax + v[o + LAMBDA] * Math.pow(1.0 - w / wmax, v[o + MU_PLUS]) * k;
        return normalised < 1.0 ? normalised * wmax : wmax;
    }

    /** w/Wmax ← w/Wmax − α λ (w/Wmax)^μ− · k, floored at 0. */
    static double depress(double w, double[] v, int o, double k) {
        double wmax = v[o + WMAX];
        double normalised = w / wmax - v[o + ALPHA] * v[o + LAMBDA] * Math.pow(w / wmax, v[o + MU_MINUS]) * k;
        return normalised > 0.0 ? normalised * wmax : 0.0;
    }

    /** The postsynaptic spikes in (t_last − d, t − d]: their count; {@code target.selected(j)} gives them. */
    static int postSince(SpikeHistory target, double last, double spikeTime, double delay) {
        return target.select(last - delay, spikeTime - delay);
    }
}
