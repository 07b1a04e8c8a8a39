package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code stdp_pl_synapse_hom}: NEST's power-law STDP (Morrison et al. 2007) with the rule's
 * parameters common to all connections of the model: {@code tau_plus} (ms, 20, &gt; 0),
 * {@code lambda} (0.1), {@code alpha} (1), {@code mu} (0.4). Each presynaptic spike at t (ms) with
 * delay d first facilitates the weight (pA) once per postsynaptic spike t_j in (t_last − d, t − d],
 * w ← w + λ w^μ K+ e^((t_last − t_j − d)/τ+), then depresses it, w ← max(0, w − λ α w K−(t − d)); then
 * K+ ← K+ e^((t_last − t)/τ+) + 1. Per connection: {@code weight}, {@code delay}, {@code Kplus}.
 * NEST's {@code stdp_pl_synapse_hom_hpc} ({@link Hpc}) is the same model under its own name (NEST's
 * variant differs in memory layout only).
 */
@Component(service = SynapseModel.class)
public class StdpPlSynapseHom extends StdpModel {

    /** The model's NEST name. */
    public static final String NAME = "stdp_pl_synapse_hom";

    private static final int KPLUS = 0;
    private static final int TAU_PLUS = 1;
    private static final int LAMBDA = 2;
    private static final int ALPHA = 3;
    private static final int MU = 4;
    private static final int LAST_SPIKE = 5;

    public StdpPlSynapseHom() {
        this(NAME);
    }

    StdpPlSynapseHom(String name) {
        super(name, "spike synapse with power-law STDP, its rule's parameters common to all connections"
                + " (NEST's stdp_pl_synapse_hom)", PARAMETERS, List.of("Kplus"), List.of("tau_plus", "lambda", "alpha", "mu"));
    }

    /** {@code stdp_pl_synapse_hom_hpc}: the same model under the name NEST's HPC benchmark uses. */
    @Component(service = SynapseModel.class)
    public static final class Hpc extends StdpPlSynapseHom {
        public Hpc() {
            super(NAME + "_hpc");
        }
    }

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            WEIGHT_SPEC, DELAY_SPEC, KPLUS_SPEC, TAU_PLUS_COMMON_SPEC,
            ParameterSpec.real("lambda", 0.1, "", "step size of a weight change (common)"),
            ALPHA_COMMON_SPEC,
            ParameterSpec.real("mu", 0.4, "", "exponent of the facilitation's weight dependence (common)"));

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + LAST_SPIKE];
        double inverse = 1.0 / v[o + TAU_PLUS]; // NEST multiplies by the inverse
        double kPlus = v[o + KPLUS];
        double lambda = v[o + LAMBDA];
        double w = weight;
        int post = target.select(last - delay, spikeTime - delay);
        for (int j = 0; j < post; j++) {
            double minusDt = last - (target.selected(j) + delay);
            w = w + lambda * Math.pow(w, v[o + MU]) * (kPlus * Math.exp(minusDt * inverse));
        }
        double depressed = w - lambda * v[o + ALPHA] * w * target.kMinus(spikeTime - delay);
        w = depressed > 0.0 ? depressed : 0.0;
        v[o + KPLUS] = kPlus * Math.exp((last - spikeTime) * inverse) + 1.0;
        v[o + LAST_SPIKE] = spikeTime;
        return w;
    }
}
