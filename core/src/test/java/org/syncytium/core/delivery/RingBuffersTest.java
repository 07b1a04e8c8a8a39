package org.syncytium.core.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /**
     * Receptor input keeps its receptor and sign through a resize that adds neurons and receptors and
     * lengthens the ring, a population that sums signs gets both in its excitatory arrays (its
     * inhibitory ones stay 0), and a slice's arrays hold only that slice's input.
     */
    @Test
    void receptorInputKeepsItsPlaceThroughAResizeAndSumsSignsWhereAsked() {
        RingBuffers rings = new RingBuffers();
        rings.resize(NEURONS, null, LENGTH, 100, 2);
        long step = 102; // the slice delivered below starts here
        rings.addSpike(4, step, 3.0, 2);
        rings.addSpike(4, step, -1.5, 2);
        rings.addSpike(5, step + 1, 7.0, 1);
        rings.addSpike(5, step + 2, 9.0, 1); // the next slice's
        rings.resize(NEURONS + 2, null, LENGTH + 1, 100, 3); // more neurons, a longer ring, a third receptor
        rings.addSpike(6, step, 2.0, 3);
        rings.addSpike(6, step, 0.5, 3);
        PopulationBuffers split = new PopulationBuffers(5, 2, 0, false, 3);
        rings.prepare(step, 2);
        rings.deliver(split, OFFSET, 0, 5, step);
        assertEquals(3.0, split.excitatory(2)[(4 - OFFSET) * 2]);
        assertEquals(-1.5, split.inhibitory(2)[(4 - OFFSET) * 2]);
        assertEquals(7.0, split.excitatory(1)[(5 - OFFSET) * 2 + 1]);
        assertEquals(2.5, split.excitatory(3)[(6 - OFFSET) * 2], "two spikes in one cell summed");
        assertEquals(0.0, split.excitatory(1)[(4 - OFFSET) * 2], "no other receptor got it");
        rings.prepare(step + 2, 2);
        rings.deliver(split, OFFSET, 0, 5, step + 2);
        assertEquals(9.0, split.excitatory(1)[(5 - OFFSET) * 2], "the next slice's input, at its first step");
        assertEquals(0.0, split.excitatory(1)[(5 - OFFSET) * 2 + 1], "the last slice's input is gone");
        assertEquals(0.0, split.excitatory(2)[(4 - OFFSET) * 2]);
        assertThrows(IllegalStateException.class, () -> rings.deliver(split, OFFSET, 0, 5, step + 4),
                "a slice that was not prepared");
        rings.resize(NEURONS + 2, null, LENGTH + 2, step + 4, 3); // the arrays of the slice before are cleared whole
        rings.addSpike(4, step + 5, -4.0, 3);
        rings.prepare(step + 4, 2);
        rings.deliver(split, OFFSET, 0, 5, step + 4);
        assertEquals(0.0, split.excitatory(1)[(5 - OFFSET) * 2], "cleared after the resize");
        assertEquals(-4.0, split.inhibitory(3)[(4 - OFFSET) * 2 + 1]);
        rings.prepare(step + 6, 2);
        rings.deliver(split, OFFSET, 0, 5, step + 6);
        assertEquals(0.0, split.inhibitory(3)[(4 - OFFSET) * 2 + 1], "and what the slice before wrote, cell by cell");

        RingBuffers summing = new RingBuffers();
        summing.resize(NEURONS, null, LENGTH, 100, 2);
        summing.addSpike(4, step, 3.0, 2);
        summing.addSpike(4, step, -1.5, 2);
        PopulationBuffers summed = new PopulationBuffers(5, 2, 0, false, 2, true);
        summing.prepare(step, 2);
        summing.deliver(summed, OFFSET, 0, 5, step);
        assertEquals(1.5, summed.excitatory(2)[(4 - OFFSET) * 2], "both signs in one sum");
        assertEquals(0.0, summed.inhibitory(2)[(4 - OFFSET) * 2]);
        summing.prepare(step, 2);
        summing.deliver(summed, OFFSET, 0, 5, step);
        assertEquals(0.0, summed.excitatory(2)[(4 - OFFSET) * 2], "delivered once, then cleared");
    }

    /** Input too large for one array is refused with the sizes named, before anything is allocated. */
    @Test
    void receptorInputTooLargeForOneArrayIsRefusedNamingTheSizes() {
        org.syncytium.api.error.KernelException e = assertThrows(org.syncytium.api.error.KernelException.class,
                () -> new PopulationBuffers(100_000_000, 15, 0, false, 100, true, true));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("100000000 neurons over 15 steps with 100 receptors"),
                e.getMessage());
        RingBuffers rings = new RingBuffers();
        e = assertThrows(org.syncytium.api.error.KernelException.class,
                () -> rings.resize(2_000_000_000, null, 1000, 0, 2));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("event lists"), e.getMessage());
        e = assertThrows(org.syncytium.api.error.KernelException.class, () -> rings.resize(200_000_000, 1000, 0));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("200000000 neurons over 1000 steps"),
                e.getMessage());
    }

    /**
     * Events in one cell are summed in the order they arrived, as a ring cell sums them: a sum whose
     * result depends on the order (1e16 + 1 − 1e16 is 0, − 1e16 + 1e16 + 1 is 1).
     */
    @Test
    void eventsOfOneCellAreSummedInArrivalOrder() {
        RingBuffers rings = new RingBuffers();
        rings.resize(NEURONS, null, LENGTH, 0, 1);
        rings.addSpike(3, 1, 1e16, 1);
        rings.addSpike(4, 1, -1e16, 1);
        rings.addSpike(3, 1, 1.0, 1);
        rings.addSpike(4, 1, 1e16, 1);
        rings.addSpike(3, 1, -1e16, 1);
        rings.addSpike(4, 1, 1.0, 1);
        PopulationBuffers buffers = new PopulationBuffers(5, 2, 0, false, 1, true);
        rings.prepare(0, 2);
        rings.deliver(buffers, OFFSET, 0, 5, 0);
        assertEquals(0.0, buffers.excitatory(1)[1]);
        assertEquals(1.0, buffers.excitatory(1)[2 + 1]);
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
