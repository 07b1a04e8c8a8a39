package org.syncytium.core.random;

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
        if (count == 0 || rngSeed != seed) {
            seed = rngSeed;
            count = 0;
        }
        RandomSampler sampler = new RandomSampler("Parameter", "GetValue", parameter);
        return sampler.sample(StreamKeys.key(seed, StreamKeys.LOOSE_VALUE, count++, 0, 0));
    }
}
