package org.syncytium.plugins.tsodyks;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code tsodyks2_synapse}: NEST's short-term depression and facilitation in the form of Fuhrmann et
 * al. (2002) and Maass and Markram (2002), with instantaneous release (no {@code tau_psc}). A spike
 * h ms after the previous one sets x ← 1 + (x − x·u − 1) e^(−h/τ_rec) and
 * u ← U + u (1 − U) e^(−h/τ_fac) (the first spike keeps x and u as set) and carries x·u ×
 * {@code weight} (pA).
 *
 * <p>Per connection: {@code U} (0.5, in [0, 1]), {@code u} (0.5, in [0, 1]), {@code tau_rec} (ms, 800,
 * &gt; 0), {@code tau_fac} (ms, 0, ≥ 0; 0: no facilitation), {@code x} (1).
 */
@Component(service = SynapseModel.class)
public final class Tsodyks2Synapse extends ShortTermModel {

    /** The model's NEST name. */
    public static final String NAME = "tsodyks2_synapse";

    private static final int U = 0;
    private static final int PROBABILITY = 1;
    private static final int TAU_REC = 2;
    private static final int TAU_FAC = 3;
    private static final int X = 4;
    /** Hidden: the last presynaptic spike's time (ms), 0 before the first (spike times are > 0). */
    private static final int LAST_SPIKE = 5;

    private static final List<String> STATE = List.of("U", "u", "tau_rec", "tau_fac", "x");

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            WEIGHT_SPEC, DELAY_SPEC, U_SPEC,
            ParameterSpec.real("u", 0.5, "", "release probability, in [0, 1]"),
            TAU_REC_SPEC, TAU_FAC_SPEC,
            ParameterSpec.real("x", 1.0, "", "fraction of resources available"));

    public Tsodyks2Synapse() {
        super(NAME, "spike synapse with short-term depression and facilitation, instantaneous release"
                + " (NEST's tsodyks2_synapse)", PARAMETERS, STATE);
    }

    /** NEST ties none of the values together. */
    @Override
    public void check(double weight, double[] values, int offset) {
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + LAST_SPIKE];
        double x = v[o + X];
        double u = v[o + PROBABILITY];
        if (last > 0.0) {
            double h = spikeTime - last;
            double tauFac = v[o + TAU_FAC];
            double uDecay = tauFac == 0.0 ? 0.0 : Math.exp(-h / tauFac);
            double dU = v[o + U];
            x = 1.0 + (x - x * u - 1.0) * Math.exp(-h / v[o + TAU_REC]);
            u = dU + u * (1.0 - dU) * uDecay;
            v[o + X] = x;
            v[o + PROBABILITY] = u;
        }
        v[o + LAST_SPIKE] = spikeTime;
        return x * u * weight;
    }
}
