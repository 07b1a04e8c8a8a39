package org.syncytium.core;

import org.syncytium.core.plan.CostBalance;
import org.syncytium.core.plan.CostPrediction;

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
     * @param costs    what worker w's range cost in the last pass, ns of the split's clock (wall time,
     *                 or thread CPU time under {@code syncytium.split.clock=cpu})
     * @param next     receives the next bounds; next[0] and next[workers] are the fixed owned bounds,
     *                 already set, and the result must be non-decreasing
     */
    void rebalance(int[] previous, long[] costs, int[] next);

    /**
     * The predicted cost of the next pass over a population's first neurons (see
     * {@link #predict(int[], Prediction, int[])}).
     *
     * @since 0.3
     */
    @FunctionalInterface
    interface Prediction {
        /**
         * Predicted time in ns (the split's clock) of neurons [from, i) of the next pass, where from is the
         * first owned neuron: 0 at i = from, non-decreasing for i &gt; from (a positive step at
         * from + 1 may stand for work worker 0 does besides its neurons).
         */
        double upTo(int i);
    }

    /**
     * The ranges for the next pass from a prediction of its cost, or false to leave them to
     * {@link #rebalance}. The kernel asks after every pass of a population whose model reports what
     * each neuron cost in its last pass ({@link org.syncytium.api.neuron.Population#passCost(int)}),
     * once it has learnt from measured passes what a unit of that cost and each neuron take in time;
     * for any other population, and where this returns false, it calls {@link #rebalance} on
     * measured passes as before. The default returns false.
     *
     * @param previous the last pass's range bounds, as in {@link #rebalance}
     * @param cost     the next pass's predicted cumulative cost over the owned neurons
     * @param next     receives the next bounds, as in {@link #rebalance}
     * @return true if {@code next} holds the bounds
     * @since 0.3
     */
    default boolean predict(int[] previous, Prediction cost, int[] next) {
        return false;
    }

    /**
     * The policy the kernel uses unless told otherwise: {@link #MEASURED}, or the one the system
     * property {@code syncytium.split} names ({@code measured}, {@code predicted} or {@code equal};
     * for comparisons on one build).
     *
     * @throws IllegalArgumentException naming the property if its value is none of those
     * @since 0.3
     */
    static SplitPolicy byDefault() {
        String name = System.getProperty("syncytium.split", "measured");
        return switch (name) {
            case "measured" -> MEASURED;
            case "predicted" -> PREDICTED;
            case "equal" -> EQUAL;
            default -> throw new IllegalArgumentException(
                    "system property syncytium.split must be measured, predicted or equal, found '" + name + "'");
        };
    }

    /** Equal ranges that never move (the split before measured balancing; for comparisons). */
    SplitPolicy EQUAL = (previous, costs, next) -> System.arraycopy(previous, 0, next, 0, previous.length);

    /** Ranges moved so that the last pass's measured cost would have been shared equally: {@link CostBalance}. */
    SplitPolicy MEASURED = CostBalance::rebalance;

    /**
     * Ranges set before every pass to equal shares of its predicted cost where the model reports
     * per-neuron costs ({@link CostPrediction}), else moved by measured cost as {@link #MEASURED}
     * (not the default yet: on the shared test machine its gain was within the noise).
     *
     * @since 0.3
     */
    SplitPolicy PREDICTED = new SplitPolicy() {
        @Override
        public void rebalance(int[] previous, long[] costs, int[] next) {
            CostBalance.rebalance(previous, costs, next);
        }

        @Override
        public boolean predict(int[] previous, Prediction cost, int[] next) {
            CostPrediction.split(previous, cost, next);
            return true;
        }

        @Override
        public String toString() {
            return "PREDICTED";
        }
    };
}
