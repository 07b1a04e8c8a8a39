package org.syncytium.plugins.tsodyks;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code tsodyks_synapse}: NEST's short-term depression and facilitation after Tsodyks, Uziel and
 * Markram (2000). A connection's resources are recovered (x), active (y) or inactive (z = 1 − x − y);
 * active ones inactivate with {@code tau_psc} (ms, which should be the target's synaptic time
 * constant), inactive ones recover with {@code tau_rec} (ms); the release probability u decays to 0
 * with {@code tau_fac} (ms; 0: no facilitation). A spike h ms after the previous one (after t = 0 for
 * the first) first moves x, y and u over h in closed form, then raises u by U(1 − u), releases
 * Δ = u·x (x ← x − Δ, y ← y + Δ) and carries Δ × {@code weight} (pA).
 *
 * <p>Per connection: {@code U} (0.5, in [0, 1]), {@code tau_psc} (ms, 3, &gt; 0), {@code tau_rec}
 * (ms, 800, &gt; 0), {@code tau_fac} (ms, 0, ≥ 0), {@code x} (1), {@code y} (0), with x + y ≤ 1,
 * {@code u} (0, in [0, 1]).
 */
@Component(service = SynapseModel.class)
public final class TsodyksSynapse extends ShortTermModel {

    /** The model's NEST name. */
    public static final String NAME = "tsodyks_synapse";

    private static final int U = 0;
    private static final int TAU_PSC = 1;
    private static final int TAU_REC = 2;
    private static final int TAU_FAC = 3;
    private static final int X = 4;
    private static final int Y = 5;
    private static final int PROBABILITY = 6;
    /** Hidden: the last presynaptic spike's time (ms). */
    private static final int LAST_SPIKE = 7;

    private static final List<String> STATE = List.of("U", "tau_psc", "tau_rec", "tau_fac", "x", "y", "u");

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            WEIGHT_SPEC, DELAY_SPEC, U_SPEC,
            ParameterSpec.real("tau_psc", 3.0, "ms", "time constant of the active resources' inactivation (> 0)"),
            TAU_REC_SPEC, TAU_FAC_SPEC,
            ParameterSpec.real("x", 1.0, "", "fraction of resources recovered"),
            ParameterSpec.real("y", 0.0, "", "fraction of resources active (x + y <= 1)"),
            ParameterSpec.real("u", 0.0, "", "release probability, in [0, 1]"));

    public TsodyksSynapse() {
        super(NAME, "spike synapse with short-term depression and facilitation (NEST's tsodyks_synapse)",
                PARAMETERS, STATE);
    }

    @Override
    public void check(double weight, double[] values, int offset) {
        double x = values[offset + X];
        double y = values[offset + Y];
        if (x + y > 1.0) {
            throw new BadPropertyException(NAME, "y", y, "must leave x + y <= 1 with x = " + x
                    + " (x + y must be <= 1.0.)");
        }
    }

    @Override
    public double transmit(double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double h = spikeTime - v[o + LAST_SPIKE];
        double tauPsc = v[o + TAU_PSC];
        double tauRec = v[o + TAU_REC];
        double tauFac = v[o + TAU_FAC];
        double uDecay = tauFac == 0.0 ? 0.0 : Math.exp(-h / tauFac);
        double yDecay = Math.exp(-h / tauPsc);
        double zDecayM1 = Math.expm1(-h / tauRec);
        // y's share of the recovery over h: the solution of dx/dt = z/tau_rec with y decaying into z
        double yToX = (zDecayM1 * tauRec - (yDecay - 1.0) * tauPsc) / (tauPsc - tauRec);
        double x = v[o + X];
        double y = v[o + Y];
        double z = 1.0 - x - y;
        double u = v[o + PROBABILITY] * uDecay;
        x += yToX * y - zDecayM1 * z;
        y *= yDecay;
        u += v[o + U] * (1.0 - u);
        double released = u * x;
        v[o + X] = x - released;
        v[o + Y] = y + released;
        v[o + PROBABILITY] = u;
        v[o + LAST_SPIKE] = spikeTime;
        return released * weight;
    }
}
