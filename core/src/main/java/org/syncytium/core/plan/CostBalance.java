package org.syncytium.core.plan;

/**
 * Range bounds from measured cost: the cost of each worker's last range is taken as spread evenly
 * over its neurons, which makes the cumulative cost over the neuron index a piecewise-linear
 * function, and the new bound k is where that function reaches k/workers of the total. A range
 * with neurons that cost more (in a spike, or gap-coupled to one) shrinks; a cheap one grows.
 * Repeated passes over a similar cost profile (the WFR iterations of one interval, the final pass
 * after them) refine the bounds further. A bound moves half way to that point per pass: the cost of a
 * range also holds the random part of its last neurons' integration (lanes draining at the range's
 * end, a spike that falls in this interval or the next), which a full move would chase.
 *
 * <p>Every range keeps at least a quarter of an equal share, so no worker is left without neurons
 * whose cost could be measured, and an integrator that fills SIMD lanes from its range keeps them
 * filled.
 */
public final class CostBalance {
    private CostBalance() {
    }

    /** {@link org.syncytium.core.SplitPolicy#MEASURED}: see the class comment. */
    public static void rebalance(int[] previous, long[] costs, int[] next) {
        int workers = costs.length;
        int owned = startFrom(previous, next);
        if (owned == 0) {
            return;
        }
        long total = 0;
        for (int w = 0; w < workers; w++) {
            if (costs[w] <= 0 || previous[w + 1] <= previous[w]) {
                return; // a range without a measured density: keep the bounds
            }
            total += costs[w];
        }
        double cumulative = 0.0;
        int w = 0;
        for (int k = 1; k < workers; k++) {
            double goal = (double) total * k / workers;
            while (w < workers - 1 && cumulative + costs[w] < goal) {
                cumulative += costs[w];
                w++;
            }
            double perNeuron = (double) costs[w] / (previous[w + 1] - previous[w]);
            double balanced = previous[w] + (goal - cumulative) / perNeuron;
            next[k] = (int) Math.round(0.5 * (previous[k] + balanced));
        }
        keepLeastShare(next, owned, workers);
    }

    /**
     * Starts {@code next} as a copy of {@code previous} (the bounds stay where nothing moves them);
     * returns the number of owned neurons if the ranges may move (two workers or more, at least two
     * neurons each), else 0.
     */
    static int startFrom(int[] previous, int[] next) {
        int workers = previous.length - 1;
        System.arraycopy(previous, 0, next, 0, previous.length);
        int owned = previous[workers] - previous[0];
        return workers < 2 || owned < 2 * workers ? 0 : owned;
    }

    /**
     * Moves inner bounds so that every range of {@code next} keeps at least a quarter of an equal
     * share of the {@code owned} neurons (at least one), the outer bounds fixed.
     */
    static void keepLeastShare(int[] next, int owned, int workers) {
        int least = Math.max(1, owned / (4 * workers));
        for (int k = 1; k < workers; k++) {
            next[k] = Math.max(next[k], next[k - 1] + least);
        }
        for (int k = workers - 1; k >= 1; k--) {
            next[k] = Math.min(next[k], next[k + 1] - least);
        }
    }
}
