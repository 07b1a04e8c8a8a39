package org.syncytium.core;

import org.syncytium.core.plan.CostBalance;

/**
 * How the update passes (trial and final) split a population's owned neurons over the worker
 * threads, pass after pass. Results never depend on the split (every random stream is keyed by the
 * entity it serves, every sum runs in a fixed order); only the time a pass waits for its slowest
 * worker does.
 */
@FunctionalInterface
public interface SplitPolicy {

    /**
     * The ranges for the next pass.
     *
     * @param previous the last pass's range bounds: worker w updated [previous[w], previous[w + 1])
     * @param costs    what worker w's range cost in the last pass (thread CPU nanoseconds)
     * @param next     receives the next bounds; next[0] and next[workers] are the fixed owned bounds,
     *                 already set, and the result must be non-decreasing
     */
    void rebalance(int[] previous, long[] costs, int[] next);

    /** Equal ranges that never move (the split before measured balancing; for comparisons). */
    SplitPolicy EQUAL = (previous, costs, next) -> System.arraycopy(previous, 0, next, 0, previous.length);

    /** Ranges moved so that the last pass's measured cost would have been shared equally: {@link CostBalance}. */
    SplitPolicy MEASURED = CostBalance::rebalance;
}
