package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class NumpyLegacyChoiceTest {

    /** The checked-in copy of NEST's run data: numpy.random.seed(1); choice(1..500, [15000, 2]). */
    static final Path REFERENCE = Path.of("..", "examples", "data", "gap_pairs_numpy_seed1.csv");

    @Test
    void reproducesNumpySeedOneExactly() {
        PairList numpy = PairList.read(REFERENCE, 500);
        PairList ours = PairList.random(500, 15_000, 1);
        assertEquals(15_000, numpy.size());
        assertEquals(numpy.size(), ours.size());
        for (int k = 0; k < numpy.size(); k++) {
            assertEquals(numpy.source(k), ours.source(k), "source of row " + k);
            assertEquals(numpy.target(k), ours.target(k), "target of row " + k);
        }
    }

    @Test
    void firstRowsAndColumnSumsMatchTheReference() {
        PairList ours = PairList.random(500, 15_000, 1);
        int[][] first = {{38, 236}, {397, 73}, {256, 394}, {204, 134}, {336, 449}};
        for (int k = 0; k < first.length; k++) {
            assertArrayEquals(first[k], new int[] {ours.source(k), ours.target(k)});
        }
        long sources = 0;
        long targets = 0;
        for (int k = 0; k < ours.size(); k++) {
            sources += ours.source(k);
            targets += ours.target(k);
        }
        assertEquals(3_770_371, sources);
        assertEquals(3_760_705, targets);
    }

    @Test
    void singleValueRangeConsumesNothing() {
        NumpyLegacyChoice choice = new NumpyLegacyChoice(1);
        assertEquals(0, choice.nextIndex(1));
        // numpy: seed(1); randint(0, 500) -> 37 (the first id 38 minus one)
        assertEquals(37, choice.nextIndex(500));
    }

    @Test
    void rejectsSeedsOutsideNumpysRange() {
        assertThrows(IllegalArgumentException.class, () -> new NumpyLegacyChoice(-1));
        assertThrows(IllegalArgumentException.class, () -> new NumpyLegacyChoice(1L << 32));
    }
}
