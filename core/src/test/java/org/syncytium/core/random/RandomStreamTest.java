package org.syncytium.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RandomStreamTest {
    @Test
    void sameKeySameStreamOtherKeyOtherStream() {
        long key = StreamKeys.key(143202461L, StreamKeys.NODE_PARAMETER, 0, 17, 0);
        Xoshiro256 a = new Xoshiro256(key);
        Xoshiro256 b = new Xoshiro256(key);
        for (int k = 0; k < 100; k++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
        b.reseed(key);
        Xoshiro256 c = new Xoshiro256(key);
        assertEquals(c.nextLong(), b.nextLong());
        assertNotEquals(key, StreamKeys.key(143202461L, StreamKeys.NODE_PARAMETER, 0, 18, 0));
        assertNotEquals(key, StreamKeys.key(143202461L, StreamKeys.CONNECT_TARGET, 0, 17, 0));
        assertNotEquals(key, StreamKeys.key(143202462L, StreamKeys.NODE_PARAMETER, 0, 17, 0));
    }

    @Test
    void uniformIntegersAndDoubles() {
        Xoshiro256 stream = new Xoshiro256(42);
        int[] counts = new int[7];
        double sum = 0;
        int n = 700_000;
        for (int k = 0; k < n; k++) {
            counts[stream.nextInt(7)]++;
            double u = stream.nextDouble();
            assertTrue(u >= 0 && u < 1);
            sum += u;
        }
        for (int count : counts) {
            // 5 standard deviations of a binomial(700000, 1/7)
            assertEquals(100_000, count, 5 * Math.sqrt(n * (1.0 / 7) * (6.0 / 7)));
        }
        assertEquals(0.5, sum / n, 0.002);
    }

    @Test
    void neighbouringKeysAreUncorrelated() {
        double sum = 0;
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            double x = new Xoshiro256(StreamKeys.key(1, 2, k, 0, 0)).nextDouble() - 0.5;
            double y = new Xoshiro256(StreamKeys.key(1, 2, k + 1, 0, 0)).nextDouble() - 0.5;
            sum += x * y;
        }
        // correlation of independent uniforms: mean 0, sd (1/12)/sqrt(n)
        assertEquals(0.0, sum / n / (1.0 / 12), 5 / Math.sqrt(n));
    }
}
