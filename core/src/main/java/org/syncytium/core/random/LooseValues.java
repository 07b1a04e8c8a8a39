package org.syncytium.core.random;

import java.util.function.IntConsumer;
import org.syncytium.api.param.RandomParameter;

/**
 * The kernel's stream for values that belong to no node or connection (PyNEST's
 * {@code Parameter.GetValue()}): the n-th value since the seed was last changed is drawn from the
 * stream keyed by the seed and n, so a script that sets {@code rng_seed} gets the same values again,
 * on every process alike.
 */
public final class LooseValues {
    private long seed;
    private long count;

    /** The next value of {@code parameter} under {@code rngSeed}. */
    public double next(RandomParameter parameter, long rngSeed) {
        restartIfNewSeed(rngSeed);
        RandomSampler sampler = new RandomSampler("Parameter", "GetValue", parameter);
        return sampler.sample(StreamKeys.key(seed, StreamKeys.LOOSE_VALUE, count++, 0, 0));
    }

    /**
     * The next {@code n} values of {@code parameter} (PyNEST's {@code Parameter.apply}): before value k,
     * {@code moveTo} puts {@code place} where value k is evaluated (a node, or a node and a point).
     */
    public double[] next(RandomParameter parameter, long rngSeed, SpatialPlace place, IntConsumer moveTo, int n) {
        restartIfNewSeed(rngSeed);
        RandomSampler sampler = new RandomSampler("Parameter", "apply", parameter, place);
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            moveTo.accept(k);
            values[k] = sampler.sample(StreamKeys.key(seed, StreamKeys.LOOSE_VALUE, count++, 0, 0));
        }
        return values;
    }

    private void restartIfNewSeed(long rngSeed) {
        if (count == 0 || rngSeed != seed) {
            seed = rngSeed;
            count = 0;
        }
    }
}
