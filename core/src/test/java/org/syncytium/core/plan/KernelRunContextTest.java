package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeds of neurons' own random numbers follow rng_seed and the node id, not the process's part. */
class KernelRunContextTest {

    private static KernelRunContext context(long seed, long firstNodeId) {
        return new KernelRunContext(0.1, 10, 0, false, seed, firstNodeId);
    }

    @Test
    void aNeuronHasTheSameSeedWhicheverProcessOwnsIt() {
        // a block of nodes 11..20: one process owning all of it, or a second process owning 16..20
        KernelRunContext whole = context(7, 11);
        KernelRunContext part = context(7, 16);
        for (int i = 0; i < 5; i++) {
            assertEquals(whole.randomSeed(5 + i), part.randomSeed(i));
        }
    }

    @Test
    void seedsDifferBetweenNeuronsAndBetweenRngSeeds() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(context(7, 1).randomSeed(i));
        }
        assertEquals(1000, seen.size());
        for (int i = 0; i < 1000; i++) {
            assertNotEquals(context(7, 1).randomSeed(i), context(8, 1).randomSeed(i));
        }
    }
}
