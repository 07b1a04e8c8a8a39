package org.syncytium.launcher.scenario;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * Draws exactly what {@code numpy.random.seed(seed); numpy.random.choice(N, size)} draws with
 * numpy's legacy {@code RandomState}, so that a scenario can rebuild the gap-junction graph of
 * NEST's example script. numpy seeds MT19937 with {@code init_genrand(seed)} (Commons Math's
 * {@link MersenneTwister#MersenneTwister(int)} does the same) and, for a range below 2^32, draws
 * each integer by masked rejection: take the next 32-bit output, keep the lowest bits covered by the
 * smallest mask {@code 2^k - 1 >= N - 1}, and retry while the value exceeds {@code N - 1}.
 */
public final class NumpyLegacyChoice {

    private final MersenneTwister twister;

    /** Like {@code numpy.random.seed(seed)}; {@code seed} in [0, 2^32). */
    public NumpyLegacyChoice(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("numpy seeds must be in [0, 2^32): " + seed);
        }
        this.twister = new MersenneTwister((int) seed);
    }

    /** One draw of {@code numpy.random.randint(0, n)}: uniform in [0, n). */
    public long nextIndex(long n) {
        if (n <= 0 || n > 0x1_0000_0000L) {
            throw new IllegalArgumentException("range must be in [1, 2^32]: " + n);
        }
        long max = n - 1;
        if (max == 0) {
            return 0; // numpy returns the offset without consuming random numbers
        }
        if (max == 0xFFFF_FFFFL) {
            return next32();
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = next32() & mask;
        } while (value > max);
        return value;
    }

    /**
     * {@code numpy.random.choice(n, [rows, 2])}: rows of two 0-based indices, row-major as numpy
     * fills them.
     */
    public long[][] pairs(long n, int rows) {
        long[][] out = new long[rows][2];
        for (int r = 0; r < rows; r++) {
            out[r][0] = nextIndex(n);
            out[r][1] = nextIndex(n);
        }
        return out;
    }

    private long next32() {
        return twister.nextInt() & 0xFFFF_FFFFL;
    }
}
