package org.syncytium.core.plan;

import org.syncytium.core.SplitPolicy;

/**
 * Range bounds from the predicted cost of the next pass: bound k goes where the predicted cumulative
 * cost is nearest k/workers of the total (a binary search on the cumulative, no per-neuron loop).
 * The prediction ({@link UpdateSplit}) counts each neuron's cost in its last pass, which in a
 * network with spikes is a far better guess of its next pass than the range's average (a neuron in
 * a spike costs several times a quiet one and stays costly for a few steps), so the bounds move all
 * the way, not half way as {@link CostBalance}'s.
 *
 * <p>Every range keeps at least a quarter of an equal share of the neurons, as with
 * {@link CostBalance}: no worker is starved by a mispredicted burst, and an integrator that fills
 * SIMD lanes from its range keeps them filled.
 */
public final class CostPrediction {
    private CostPrediction() {
    }

    /** {@link SplitPolicy#PREDICTED}'s {@link SplitPolicy#predict}: see the class comment. */
    public static void split(int[] previous, SplitPolicy.Prediction cost, int[] next) {
        int owned = CostBalance.startFrom(previous, next);
        if (owned == 0) {
            return;
        }
        int workers = previous.length - 1;
        int lo = previous[0];
        int hi = previous[workers];
        double total = cost.upTo(hi);
        if (!(total > 0.0) || Double.isInfinite(total)) {
            return;
        }
        for (int k = 1; k < workers; k++) {
            next[k] = nearest(cost, lo, hi, total * k / workers);
        }
        CostBalance.keepLeastShare(next, owned, workers);
    }

    /** The i in (lo, hi] whose cumulative cost is nearest {@code goal} (the cumulative rises from lo + 1 on). */
    private static int nearest(SplitPolicy.Prediction cost, int lo, int hi, double goal) {
        int a = lo + 1;
        int b = hi;
        // first i in [a, b] with upTo(i) >= goal, or b
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (cost.upTo(mid) >= goal) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        if (a > lo + 1 && goal - cost.upTo(a - 1) < cost.upTo(a) - goal) {
            return a - 1;
        }
        return a;
    }
}
