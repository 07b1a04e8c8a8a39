package org.syncytium.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ListReserveTest {

    @Test
    void aLargeKnownCountGetsExactlyItsRoomAndKeepsTheElements() {
        IntList ints = new IntList(16);
        DoubleList doubles = new DoubleList(16);
        for (int i = 0; i < 10; i++) {
            ints.add(i);
            doubles.add(i + 0.5);
        }
        ints.reserve(1_000_000);
        doubles.reserve(1_000_000);
        assertEquals(1_000_010, ints.capacity(), "no doubling slack for one call's known count");
        assertEquals(1_000_010, doubles.capacity());
        for (int i = 0; i < 10; i++) {
            assertEquals(i, ints.get(i));
            assertEquals(i + 0.5, doubles.get(i));
        }
        assertEquals(10, ints.size());
    }

    @Test
    void manySmallReservationsGrowGeometrically() {
        IntList ints = new IntList(1);
        int copies = 0;
        int capacity = ints.capacity();
        for (int i = 0; i < 100_000; i++) {
            ints.reserve(1);
            ints.add(i);
            if (ints.capacity() != capacity) {
                copies++;
                capacity = ints.capacity();
            }
        }
        assertTrue(copies < 120, "one connection per call must not copy the array every time: " + copies);
        assertEquals(99_999, ints.get(99_999));
    }
}
