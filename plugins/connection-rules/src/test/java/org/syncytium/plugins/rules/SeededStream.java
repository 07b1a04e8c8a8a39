package org.syncytium.plugins.rules;

import java.util.SplittableRandom;

import org.syncytium.api.random.RandomStream;

/** A test stream: SplittableRandom seeded from a seed and a key, so equal keys give equal numbers. */
final class SeededStream implements RandomStream {

    private final SplittableRandom random;

    SeededStream(long seed, long key) {
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key);
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
