package org.syncytium.core.random;

import org.syncytium.api.random.RandomStream;

/**
 * xoshiro256++ (Blackman and Vigna): 256 bits of state, period 2^256 − 1, passes BigCrush, a few
 * nanoseconds per number. Seeded from a 64-bit key through SplitMix64, as its authors recommend, so
 * that nearby keys give unrelated streams. Reseedable in place, so hot loops need not allocate.
 * Not thread-safe.
 */
public final class Xoshiro256 implements RandomStream {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** A stream seeded from {@code key}. */
    public Xoshiro256(long key) {
        reseed(key);
    }

    /** Restarts the stream as if it were new with {@code key}. */
    public void reseed(long key) {
        long x = key;
        x += StreamKeys.GOLDEN;
        s0 = StreamKeys.mix(x);
        x += StreamKeys.GOLDEN;
        s1 = StreamKeys.mix(x);
        x += StreamKeys.GOLDEN;
        s2 = StreamKeys.mix(x);
        x += StreamKeys.GOLDEN;
        s3 = StreamKeys.mix(x);
        if ((s0 | s1 | s2 | s3) == 0) {
            // the all-zero state is the one fixed point of the generator
            s0 = StreamKeys.GOLDEN;
        }
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    @Override
    public double nextDouble() {
        // the top 53 bits, scaled to [0, 1)
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        // Lemire's multiply-and-reject: unbiased, usually one multiplication
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }
}
