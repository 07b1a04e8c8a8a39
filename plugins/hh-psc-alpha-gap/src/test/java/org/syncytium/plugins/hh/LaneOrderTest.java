package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The lanes take a pass's neurons costliest first, by buckets of a quarter octave of their previous
 * pass's attempts: the buckets must grow with the cost and tell quarter octaves apart, or the order
 * would put cheap neurons before costly ones. (That the order cannot change results is
 * SimdAgreementTest's: lanes against the scalar twin, bit for bit, over several passes.)
 */
class LaneOrderTest {

    @Test
    void bucketsGrowWithCost() {
        assertEquals(0, Rkf45Simd.costBucket(0));
        assertEquals(0, Rkf45Simd.costBucket(-3));
        int previous = 0;
        for (int cost = 1; cost < 1 << 20; cost++) {
            int bucket = Rkf45Simd.costBucket(cost);
            assertTrue(bucket >= previous, "bucket of " + cost + " below that of " + (cost - 1));
            assertTrue(bucket < 129, "bucket of " + cost);
            previous = bucket;
        }
        assertEquals(1 + 4 * 30 + 3, Rkf45Simd.costBucket(Integer.MAX_VALUE));
    }

    @Test
    void quarterOctavesAreApart() {
        for (int cost = 4; cost < 1 << 16; cost *= 2) {
            assertEquals(Rkf45Simd.costBucket(cost) + 4, Rkf45Simd.costBucket(2 * cost));
            assertEquals(Rkf45Simd.costBucket(cost) + 1, Rkf45Simd.costBucket(cost + cost / 4));
            assertEquals(Rkf45Simd.costBucket(cost) + 2, Rkf45Simd.costBucket(cost + cost / 2));
        }
        // a neuron through a spike (hundreds of attempts per slice) sorts before a quiet one (about 20-60)
        assertTrue(Rkf45Simd.costBucket(400) > Rkf45Simd.costBucket(60));
    }
}
