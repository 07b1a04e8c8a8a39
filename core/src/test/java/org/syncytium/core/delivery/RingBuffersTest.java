package org.syncytium.core.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Delivery moves a slice's rows of a population's columns into its slice arrays and clears them in
 * the ring, for slices of several steps and (a block copy of its own) of one step.
 */
class RingBuffersTest {
    /** Two populations: 3 neurons in columns 0-2, 5 in columns 3-7. */
    private static final int NEURONS = 8;
    private static final int OFFSET = 3;
    private static final int LENGTH = 6;

    @Test
    void aOneStepSliceMovesAndClearsOnlyItsRowAndRange() {
        RingBuffers rings = filled(100);
        PopulationBuffers buffers = new PopulationBuffers(5, 1, 0, false);
        long origin = 9; // row 9 % 6 = 3
        rings.deliver(buffers, OFFSET, 1, 4, origin);
        for (int i = 0; i < 5; i++) {
            boolean moved = i >= 1 && i < 4;
            assertEquals(moved ? value(3, OFFSET + i) : 0.0, buffers.excitatory()[i], "excitatory of " + i);
            assertEquals(moved ? -value(3, OFFSET + i) : 0.0, buffers.inhibitory()[i], "inhibitory of " + i);
            assertEquals(moved ? 0.5 * value(3, OFFSET + i) : 0.0, buffers.current()[i], "current of " + i);
        }
        assertRing(rings, 100, 3, OFFSET + 1, OFFSET + 4);
    }

    @Test
    void aSliceOfSeveralStepsMovesEachStepIntoItsSlot() {
        RingBuffers rings = filled(100);
        int d = 2;
        PopulationBuffers buffers = new PopulationBuffers(5, d, 0, false);
        long origin = 11; // rows 5 and 0
        rings.deliver(buffers, OFFSET, 0, 5, origin);
        for (int i = 0; i < 5; i++) {
            assertEquals(value(5, OFFSET + i), buffers.excitatory()[i * d], "step 0 of " + i);
            assertEquals(value(0, OFFSET + i), buffers.excitatory()[i * d + 1], "step 1 of " + i);
            assertEquals(-value(5, OFFSET + i), buffers.inhibitory()[i * d], "inhibitory, step 0 of " + i);
            assertEquals(0.5 * value(0, OFFSET + i), buffers.current()[i * d + 1], "current, step 1 of " + i);
        }
        assertRing(rings, 100, 5, OFFSET, OFFSET + 5, 0);
    }

    private static double value(int row, int column) {
        return 1.0 + row * 10 + column * 0.125;
    }

    /** A ring over NEURONS columns and LENGTH rows with value(row, column) pending everywhere (from step base). */
    private static RingBuffers filled(long base) {
        RingBuffers rings = new RingBuffers();
        rings.resize(NEURONS, LENGTH, base);
        for (int row = 0; row < LENGTH; row++) {
            long step = base - base % LENGTH + row;
            for (int n = 0; n < NEURONS; n++) {
                rings.addSpike(n, step, value(row, n));
                rings.addSpike(n, step, -value(row, n));
                rings.addCurrent(n, step, 0.5 * value(row, n));
            }
        }
        return rings;
    }

    /** Every cell still holds its value except columns [from, to) of the given rows, which are 0. */
    private static void assertRing(RingBuffers rings, long base, int row, int from, int to, int... moreRows) {
        for (int r = 0; r < LENGTH; r++) {
            boolean clearedRow = r == row;
            for (int extra : moreRows) {
                clearedRow |= r == extra;
            }
            PopulationBuffers probe = new PopulationBuffers(NEURONS, 1, 0, false);
            rings.deliver(probe, 0, 0, NEURONS, base - base % LENGTH + r);
            for (int n = 0; n < NEURONS; n++) {
                boolean cleared = clearedRow && n >= from && n < to;
                assertEquals(cleared ? 0.0 : value(r, n), probe.excitatory()[n], "row " + r + ", column " + n);
                assertEquals(cleared ? 0.0 : 0.5 * value(r, n), probe.current()[n], "current, row " + r + ", column " + n);
            }
        }
    }
}
