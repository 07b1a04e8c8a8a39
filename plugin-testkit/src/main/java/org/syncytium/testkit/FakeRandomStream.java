package org.syncytium.testkit;

import java.util.SplittableRandom;

import org.syncytium.api.random.RandomStream;

/** A seeded random stream (not the kernel's generator: tests check properties, not exact draws). */
public final class FakeRandomStream implements RandomStream {

    private final SplittableRandom random;

    /** A stream that gives the same numbers for the same seed. */
    public FakeRandomStream(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
