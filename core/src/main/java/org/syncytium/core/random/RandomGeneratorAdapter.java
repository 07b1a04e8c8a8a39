package org.syncytium.core.random;

import org.apache.commons.math3.random.RandomGenerator;
import org.syncytium.api.random.RandomStream;

/**
 * Lets Commons Math distributions draw from one of our streams. Keeps no cached values (unlike
 * Commons Math's own generators, which cache the second Gaussian), so reseeding the underlying
 * stream fully determines the next sample.
 */
public final class RandomGeneratorAdapter implements RandomGenerator {
    private final RandomStream stream;

    public RandomGeneratorAdapter(RandomStream stream) {
        this.stream = stream;
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("kernel streams are seeded from rng_seed");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("kernel streams are seeded from rng_seed");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("kernel streams are seeded from rng_seed");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) stream.nextLong();
        }
    }

    @Override
    public int nextInt() {
        return (int) (stream.nextLong() >>> 32);
    }

    @Override
    public int nextInt(int n) {
        return stream.nextInt(n);
    }

    @Override
    public long nextLong() {
        return stream.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return stream.nextLong() < 0;
    }

    @Override
    public float nextFloat() {
        return (stream.nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
        return stream.nextDouble();
    }

    /** Box–Muller without caching the partner value: two uniforms per Gaussian, deterministic per reseed. */
    @Override
    public double nextGaussian() {
        double u = 1.0 - stream.nextDouble(); // (0, 1], so the logarithm is finite
        double v = stream.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
