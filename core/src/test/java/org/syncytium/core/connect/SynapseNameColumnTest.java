package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SynapseNameColumnTest {

    @Test
    void keepsRunsOfNamesAndFollowsRemovals() {
        SynapseNameColumn column = new SynapseNameColumn();
        assertFalse(column.mayHold(0));
        for (int name : new int[] {2, 2, 2}) {
            column.add(name);
        }
        assertTrue(column.uniform());
        assertFalse(column.mayHold(3));
        assertFalse(column.mayHoldOtherThan(2));
        for (int name : new int[] {3, 3, 2, 5}) {
            column.add(name);
        }
        assertFalse(column.uniform());
        int[] expected = {2, 2, 2, 3, 3, 2, 5};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], column.get(k), "entry " + k);
        }
        column.removeIf(new boolean[] {true, true, true, false, true, false, false});
        assertEquals(3, column.size());
        assertEquals(3, column.get(0));
        assertEquals(2, column.get(1));
        assertEquals(5, column.get(2));
        column.removeIf(new boolean[] {false, true, true});
        assertEquals(1, column.size());
        assertTrue(column.uniform(), "one name left: no runs");
        assertEquals(3, column.get(0));
    }
}
