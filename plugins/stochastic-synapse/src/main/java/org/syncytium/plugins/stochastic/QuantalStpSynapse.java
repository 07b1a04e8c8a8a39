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
 * {@code quantal_stp_synapse}: NEST's short-term plasticity with stochastic quantal release (Fuhrmann
 * et al. 2002, Loebel et al. 2009). A connection has {@code n} release sites, {@code a} of them ready.
 * A spike h ms after the previous one first sets u ← U + u (1 − U) e^(−h/τ_fac) (no facilitation
 * with τ_fac below 1e−10 ms) and lets each of the n − a depleted sites recover with probability
 * 1 − e^(−h/τ_rec); the first spike changes neither. Then each ready site releases with probability
 * u; a spike that releases k &gt; 0 sites carries k × {@code weight} and leaves a − k ready, one that
 * releases none fails (nothing delivered or recorded). Draws in NEST's order: recoveries, then
 * releases, one uniform number each.
 *
 * <p>Per connection: {@code U} (0.5, in [0, 1]), {@code u} (0.5, in [0, 1]), {@code tau_rec} (ms, 800,
 * &gt; 0), {@code tau_fac} (ms, 0, ≥ 0), {@code n} (1) and {@code a} (1), whole numbers ≥ 0.
 */
@Component(service = SynapseModel.class)
public final class QuantalStpSynapse extends RandomTransmission {

    /** The model's NEST name. */
    public static final String NAME = "quantal_stp_synapse";

    private static final int U = 0;
    private static final int PROBABILITY = 1;
    private static final int TAU_REC = 2;
    private static final int TAU_FAC = 3;
    private static final int SITES = 4;
    private static final int READY = 5;
    /** Hidden: the last presynaptic spike's time (ms), 0 before the first (spike times are > 0). */
    private static final int LAST_SPIKE = 6;

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(WEIGHT_SPEC, DELAY_SPEC,
            ParameterSpec.real("U", 0.5, "", "increment of the release probability per spike, in [0, 1]"),
            ParameterSpec.real("u", 0.5, "", "release probability of a ready site, in [0, 1]"),
            ParameterSpec.real("tau_rec", 800.0, "ms", "time constant of a site's recovery (> 0)"),
            ParameterSpec.real("tau_fac", 0.0, "ms", "time constant of facilitation (>= 0; 0 switches it off)"),
            ParameterSpec.real("n", 1.0, "", "number of release sites (a whole number)"),
            ParameterSpec.real("a", 1.0, "", "number of sites ready to release (a whole number)"));

    private static final Rule WHOLE = new Rule(x -> x >= 0 && x == Math.rint(x) && x <= Integer.MAX_VALUE,
            "must be a whole number >= 0");

    public QuantalStpSynapse() {
        super(NAME, "spike synapse with short-term plasticity and stochastic quantal release"
                + " (NEST's quantal_stp_synapse)", PARAMETERS, List.of("U", "u", "tau_rec", "tau_fac", "n", "a"), 1,
                Map.of("U", new Rule(u -> u >= 0 && u <= 1, "must be in [0, 1] ('U' must be in [0,1].)"),
                        "u", new Rule(u -> u >= 0 && u <= 1, "must be in [0, 1] ('u' must be in [0,1].)"),
                        "tau_rec", new Rule(t -> t > 0 && t < Double.POSITIVE_INFINITY,
                                "must be > 0 ms ('tau_rec' must be > 0.)"),
                        "tau_fac", new Rule(t -> t >= 0 && t < Double.POSITIVE_INFINITY,
                                "must be >= 0 ms ('tau_fac' must be >= 0.)"),
                        "n", WHOLE, "a", WHOLE));
    }

    /** NEST ties no values together ({@code a} above {@code n} only means no site is depleted). */
    @Override
    public void check(double weight, double[] values, int offset) {
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target,
            RandomStream random) {
        double last = v[o + LAST_SPIKE];
        double u = v[o + PROBABILITY];
        int ready = (int) v[o + READY];
        if (last > 0.0) {
            double h = spikeTime - last;
            double tauFac = v[o + TAU_FAC];
            double recover = 1.0 - Math.exp(-h / v[o + TAU_REC]);
            double uDecay = tauFac < 1.0e-10 ? 0.0 : Math.exp(-h / tauFac);
            double dU = v[o + U];
            u = dU + u * (1.0 - dU) * uDecay;
            for (int depleted = (int) v[o + SITES] - ready; depleted > 0; depleted--) {
                if (random.nextDouble() < recover) {
                    ready++;
                }
            }
            v[o + PROBABILITY] = u;
        }
        int released = 0;
        for (int site = ready; site > 0; site--) {
            if (random.nextDouble() < u) {
                released++;
            }
        }
        v[o + READY] = ready - released;
        v[o + LAST_SPIKE] = spikeTime;
        return released > 0 ? released * weight : Double.NaN;
    }
}
