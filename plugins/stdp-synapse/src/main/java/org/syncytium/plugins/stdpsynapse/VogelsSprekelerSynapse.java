package org.syncytium.plugins.stdpsynapse;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code vogels_sprekeler_synapse}: NEST's symmetric STDP with constant depression (Vogels et al.
 * 2011), the rule that balances inhibition. Each presynaptic spike at t (ms) with delay d first adds
 * η K+ e^((t_last − t_j − d)/τ) to |w| once per postsynaptic spike t_j in (t_last − d, t − d], then
 * η K−(t − d) (the target's trace, decaying with its {@code tau_minus}, which should equal τ), each
 * capped at |Wmax|, then subtracts α η, floored at 0; the weight keeps the sign of {@code Wmax}; then
 * K+ ← K+ e^((t_last − t)/τ) + 1.
 *
 * <p>Per connection: {@code weight} (pA, 0.5), {@code tau} (ms, 20), {@code alpha} (0.12), {@code eta}
 * (0.001), {@code Wmax} (pA, 1.0), {@code Kplus} (0, non-negative); a weight other than 0 has the
 * sign of {@code Wmax}.
 */
@Component(service = SynapseModel.class)
public final class VogelsSprekelerSynapse extends StdpModel {

    /** The model's NEST name. */
    public static final String NAME = "vogels_sprekeler_synapse";

    private static final int TAU = 0;
    private static final int ALPHA = 1;
    private static final int ETA = 2;
    private static final int WMAX = 3;
    private static final int KPLUS = 4;
    /** Hidden: the last presynaptic spike's time (ms). */
    private static final int LAST_SPIKE = 5;

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("weight", 0.5, "pA", "amplitude of the postsynaptic current per spike; changes"),
            DELAY_SPEC,
            ParameterSpec.real("tau", 20.0, "ms", "time constant of the presynaptic trace (set the target's"
                    + " tau_minus to it)"),
            ParameterSpec.real("alpha", 0.12, "", "constant depression per presynaptic spike, in units of eta"
                    + " (2 tau times the target rate)"),
            ParameterSpec.real("eta", 0.001, "", "learning rate"),
            ParameterSpec.real("Wmax", 1.0, "pA", "largest weight; its sign is the weight's"),
            ParameterSpec.real("Kplus", 0.0, "", "presynaptic trace (non-negative)"));

    public VogelsSprekelerSynapse() {
        super(NAME, "spike synapse with symmetric STDP and constant depression (NEST's vogels_sprekeler_synapse)",
                PARAMETERS, List.of("tau", "alpha", "eta", "Wmax", "Kplus"), List.of());
    }

    @Override
    boolean kPlusNonNegative() {
        return true;
    }

    @Override
    public void check(double weight, double[] values, int offset) {
        double wmax = values[offset + WMAX];
        if (weight != 0 && Math.copySign(1.0, weight) != Math.copySign(1.0, wmax)) { // NEST compares sign bits
            throw new BadPropertyException(NAME, "Wmax", wmax, "must have the sign of the weight " + weight
                    + " (Weight and Wmax must have same sign.)");
        }
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + LAST_SPIKE];
        double tau = v[o + TAU];
        double kPlus = v[o + KPLUS];
        double eta = v[o + ETA];
        double wmax = v[o + WMAX];
        double w = weight;
        int post = target.select(last - delay, spikeTime - delay);
        for (int j = 0; j < post; j++) {
            double minusDt = last - (target.selected(j) + delay);
            w = facilitate(w, eta * (kPlus * Math.exp(minusDt / tau)), wmax);
        }
        w = facilitate(w, eta * target.kMinus(spikeTime - delay), wmax);
        double depressed = Math.abs(w) - v[o + ALPHA] * eta;
        w = Math.copySign(depressed > 0.0 ? depressed : 0.0, wmax);
        v[o + KPLUS] = kPlus * Math.exp((last - spikeTime) / tau) + 1.0;
        v[o + LAST_SPIKE] = spikeTime;
        return w;
    }

    /** |w| + step, capped at |Wmax|, with the sign of Wmax (NEST's order of operations). */
    private static double facilitate(double w, double step, double wmax) {
        double grown = Math.abs(w) + step;
        return Math.copySign(grown < Math.abs(wmax) ? grown : wmax, wmax);
    }
}
