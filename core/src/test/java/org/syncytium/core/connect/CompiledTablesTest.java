package org.syncytium.core.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledTablesTest {

    @Test
    void spikeRowsKeepCreationOrderAcrossCompiles() {
        SpikeTable table = new SpikeTable();
        table.add(1, 5, 1.0, 10, 0);
        table.add(0, 3, 2.0, 11, 0);
        table.add(1, 4, 3.0, 12, 0);
        table.compile(3);
        table.add(1, 0, 4.0, 13, 0);   // after the first compile, and for a neuron created later
        table.add(3, 2, 5.0, 14, 0);
        table.compile(4);
        assertEquals(5, table.size());
        assertEquals(0, table.rowStart(0));
        assertEquals(1, table.rowStart(1));
        assertEquals(4, table.rowStart(2));
        assertEquals(4, table.rowStart(3));
        assertEquals(5, table.rowStart(4));
        // source 1: the two old connections first, then the new one
        assertEquals(5, table.target(1));
        assertEquals(4, table.target(2));
        assertEquals(0, table.target(3));
        assertEquals(4.0, table.weight(3));
        assertEquals(13, table.delay(3));
        assertEquals(2, table.target(4));
    }

    @Test
    void weightRecorderColumnFollowsTheRowsThroughCompilesAndRemovals() {
        SpikeTable table = new SpikeTable();
        table.add(1, 5, 1.0, 10, 0);
        table.compile(2);
        assertFalse(table.hasWeightRecorders(), "no column while no connection reports weights");
        assertEquals(-1, table.weightRecorder(0));
        table.add(0, 3, 2.0, 11, 0, -1, 4, 0);
        table.add(1, 4, 3.0, 12, 0);
        table.compile(2);
        assertTrue(table.hasWeightRecorders());
        // rows: source 0 (3), source 1 (5, 4)
        assertEquals(4, table.weightRecorder(0));
        assertEquals(-1, table.weightRecorder(1));
        assertEquals(-1, table.weightRecorder(2));
        table.add(1, 2, 4.0, 13, 0, -1, 7, 0);
        table.compile(2);
        assertEquals(7, table.weightRecorder(3));
        table.remove(new boolean[] {true, false, false, false});
        assertEquals(-1, table.weightRecorder(0));
        assertEquals(7, table.weightRecorder(2));
        assertEquals(2, table.target(2));
    }

    @Test
    void synapseNameColumnAppearsWithASecondNameAndFollowsTheRows() {
        SpikeTable table = new SpikeTable();
        table.add(1, 5, 1.0, 10, 0, -1, -1, 3);
        table.add(0, 3, 2.0, 11, 0, -1, -1, 3);
        table.compile(2);
        assertEquals(3, table.name(0), "one name: no column, every connection has it");
        assertTrue(table.mayHoldName(3));
        assertFalse(table.mayHoldName(4), "a table of one name holds no other");
        table.add(1, 4, 3.0, 12, 0, -1, -1, 3);
        table.add(0, 2, 4.0, 13, 0, -1, -1, 4);   // a second name comes after the first in the log
        table.compile(2);
        // rows: source 0 (3, 2), source 1 (5, 4)
        assertEquals(3, table.name(0));
        assertEquals(4, table.name(1));
        assertEquals(3, table.name(2));
        assertEquals(3, table.name(3));
        table.add(1, 1, 5.0, 14, 0, -1, -1, 3);   // logged, not compiled: the visitor reads the log's name
        int[] sum = new int[1];
        table.forEach(s -> true, (s, t, w, d, r, p, n) -> sum[0] += n);
        assertEquals(3 + 4 + 3 + 3 + 3, sum[0]);
        table.compile(2);
        table.remove(new boolean[] {true, false, false, false, false});
        assertEquals(4, table.name(0), "removal keeps each remaining connection's name");
        assertEquals(2, table.target(0));
        assertEquals(3, table.name(3));

        SpikeTable runs = new SpikeTable();   // one log of several calls' names: kept as runs until compiled
        int[] logged = {3, 3, 4, 4, 3, 5};
        for (int k = 0; k < logged.length; k++) {
            runs.add(k % 2, k, 1.0, 10, 0, -1, -1, logged[k]);
        }
        List<Integer> seenNames = new ArrayList<>();
        runs.forEach(s -> true, (s, t, w, d, r, p, n) -> seenNames.add(n));
        assertEquals(List.of(3, 3, 4, 4, 3, 5), seenNames, "the log in creation order");
        runs.compile(2);
        // rows: source 0 (targets 0, 2, 4), source 1 (1, 3, 5)
        int[] expected = {3, 4, 3, 3, 4, 5};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], runs.name(k), "compiled connection " + k);
        }

        GapTable gaps = new GapTable();
        gaps.add(1, 0, 0.5, 2);
        gaps.add(0, 1, 0.5, 2);
        gaps.compile(2);
        assertFalse(gaps.mayHoldName(5));
        gaps.add(0, 1, 0.5, 5);
        List<Integer> names = new ArrayList<>();
        gaps.forEach((partner, target, g, n) -> names.add(n));
        assertEquals(List.of(2, 2, 5), names, "compiled rows by target, then the log");
        gaps.compile(2);
        names.clear();
        gaps.forEach((partner, target, g, n) -> names.add(n));
        assertEquals(List.of(2, 5, 2), names, "target 0's rows in creation order, then target 1's");
    }

    @Test
    void receptorColumnAppearsWithTheFirstReceptorAndFollowsTheRows() {
        SpikeTable table = new SpikeTable();
        table.add(1, 5, 1.0, 10, 0);
        table.add(0, 3, 2.0, 11, 0);
        table.compile(2);
        assertFalse(table.hasReceptors());
        assertEquals(0, table.receptor(0));
        table.add(1, 4, 3.0, 12, 0);
        table.add(0, 2, 4.0, 13, 3);   // the first receptor other than 0 comes after zeros in the log
        table.compile(2);
        assertTrue(table.hasReceptors());
        // rows: source 0 (3, 2), source 1 (5, 4)
        assertEquals(3, table.target(0));
        assertEquals(0, table.receptor(0));
        assertEquals(2, table.target(1));
        assertEquals(3, table.receptor(1));
        assertEquals(0, table.receptor(2));
        assertEquals(0, table.receptor(3));
        table.add(1, 1, 5.0, 14, 0);   // a later log of zeros keeps the column
        table.compile(2);
        assertEquals(3, table.receptor(1));
        assertEquals(0, table.receptor(4));
        int[] seen = new int[1];
        table.forEach(s -> true, (s, t, w, d, r, p, n) -> seen[0] += r);
        assertEquals(3, seen[0]);
        table.add(1, 0, 6.0, 15, 0);   // logged, not compiled
        table.add(0, 1, 7.0, 16, 0);
        int[] fromOne = new int[1];
        table.forEach(s -> s == 1, (s, t, w, d, r, p, n) -> fromOne[0] += s == 1 ? 1 : 100);
        assertEquals(4, fromOne[0], "source 1's three compiled rows and its logged one, nothing of source 0");
    }

    @Test
    void gapRowsAndSumsAcrossCompiles() {
        GapTable table = new GapTable();
        table.add(0, 1, 0.5);
        table.add(1, 0, 0.5);
        table.compile(3);
        assertFalse(table.touches(2));
        table.add(0, 2, 0.25);
        table.add(2, 0, 0.25);
        table.compile(3);
        assertEquals(4, table.size());
        assertEquals(0.75, table.conductanceSum(0));
        assertEquals(1, table.partner(table.rowStart(0)));
        assertEquals(2, table.partner(table.rowStart(0) + 1));
        assertTrue(table.touches(2));
        table.compile(3);   // nothing new: unchanged
        assertEquals(4, table.size());
    }
}
