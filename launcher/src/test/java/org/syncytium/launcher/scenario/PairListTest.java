package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairListTest {

    @TempDir
    Path folder;

    @Test
    void headerIsOptional() {
        assertEquals(2, PairList.read(ScenarioFiles.write(folder, "a.csv", "source,target\n1,2\n3,1\n"), 3).size());
        PairList plain = PairList.read(ScenarioFiles.write(folder, "b.csv", "1,2\n\n# note\n3,1\n"), 3);
        assertEquals(2, plain.size());
        assertEquals(3, plain.source(1));
    }

    @Test
    void positionOutsidePopulationNamesFileAndLine() {
        Path file = ScenarioFiles.write(folder, "p.csv", "source,target\n1,2\n3,9\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PairList.read(file, 5));
        assertEquals(file + ":3: position 9 is outside the population (1..5)", e.getMessage());
    }

    @Test
    void malformedRow() {
        Path file = ScenarioFiles.write(folder, "p.csv", "1,2\n3;x\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PairList.read(file, 5));
        assertEquals(2, e.line());
        Path three = ScenarioFiles.write(folder, "q.csv", "1,2,3\n");
        assertTrue(assertThrows(ScenarioException.class, () -> PairList.read(three, 5)).getMessage().contains("two columns"));
    }

    @Test
    void missingAndEmptyFiles() {
        assertTrue(assertThrows(ScenarioException.class, () -> PairList.read(folder.resolve("none.csv"), 5))
                .getMessage().endsWith("pair file not found"));
        Path empty = ScenarioFiles.write(folder, "e.csv", "source,target\n");
        assertTrue(assertThrows(ScenarioException.class, () -> PairList.read(empty, 5)).getMessage().endsWith("has no pairs"));
    }
}
