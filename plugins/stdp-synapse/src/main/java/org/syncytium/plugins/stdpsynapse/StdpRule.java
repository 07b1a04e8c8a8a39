package org.syncytium.plugins.stdpsynapse;

import org.syncytium.api.synapse.SpikeHistory;

/**
 * NEST's pair-based STDP update with Guetig et al.'s weight dependence, shared by
 * {@code stdp_synapse} and {@code stdp_synapse_hom}, which keep the same values in different places:
 * {@link Layout} says where in a connection's values each one is.
 */
final class StdpRule {

    /** Positions of the rule's values among a connection's values (relative to its offset). */
    record Layout(int tauPlus, int lambda, int alpha, int muPlus, int muMinus, int wmax, int kPlus, int lastSpike) {
    }

    private StdpRule() {
    }

    /** w/Wmax ← w/Wmax + λ (1 − w/Wmax)^μ+ · k, capped at 1 (NEST's facilitate_, in its order of operations). */
    static double facilitate(double w, double wmax, double lambda, double muPlus, double k) {
        double normalised = w / wmax + lambda * Math.pow(1.0 - w / wmax, muPlus) * k;
        return normalised < 1.0 ? normalised * wmax : wmax;
    }

    /** w/Wmax ← w/Wmax − αλ (w/Wmax)^μ− · k, floored at 0 ({@code alphaLambda} = α·λ, NEST's depress_). */
    static double depress(double w, double wmax, double alphaLambda, double muMinus, double k) {
        double normalised = w / wmax - alphaLambda * Math.pow(w / wmax, muMinus) * k;
        return normalised > 0.0 ? normalised * wmax : 0.0;
    }

    /**
     * A presynaptic spike at {@code spikeTime} (ms) passes: facilitation per postsynaptic spike in
     * (t_last − d, t − d], depression by K−(t − d), then K+ and t_last move on.
     *
     * @return the new weight (pA)
     */
    static double pass(Layout at, double weight, double[] v, int o, double spikeTime, double delay, SpikeHistory target) {
        double last = v[o + at.lastSpike()];
        double tauPlus = v[o + at.tauPlus()];
        double kPlus = v[o + at.kPlus()];
        double wmax = v[o + at.wmax()];
        double lambda = v[o + at.lambda()];
        double w = weight;
        int post = target.select(last - delay, spikeTime - delay);
        for (int j = 0; j < post; j++) {
            double minusDt = last - (target.selected(j) + delay);
            w = facilitate(w, wmax, lambda, v[o + at.muPlus()], kPlus * Math.exp(minusDt / tauPlus));
        }
        w = depress(w, wmax, v[o + at.alpha()] * lambda, v[o + at.muMinus()], target.kMinus(spikeTime - delay));
        v[o + at.kPlus()] = kPlus * Math.exp((last - spikeTime) / tauPlus) + 1.0;
        v[o + at.lastSpike()] = spikeTime;
        return w;
    }
}
