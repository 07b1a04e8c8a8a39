package org.syncytium.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.launcher.LauncherException;

class AlternationTest {
    private static final String NAME = "syncytium.test.alternation";

    @Test
    void valuesTakeTurnsAndThePropertyIsPutBack() {
        Alternation alternation = Alternation.parse(NAME + "=a,b,c");
        assertEquals("a", alternation.apply(0));
        assertEquals("a", System.getProperty(NAME));
        assertEquals("b", alternation.apply(1));
        assertEquals("c", alternation.apply(2));
        assertEquals("a", alternation.apply(3));
        alternation.restore();
        assertNull(System.getProperty(NAME));
    }

    @Test
    void summaryPairsTimedRunsByCycle() {
        Alternation alternation = Alternation.parse(NAME + "=x,y");
        // run 0 (x) is a warm-up, not counted; run k takes value k mod 2
        double[] seconds = {9.0, 2.0, 1.0, 2.2, 1.0, 1.8, 0.9};
        for (int run = 0; run < seconds.length; run++) {
            alternation.apply(run);
            alternation.record(run, run >= 1, seconds[run]);
        }
        alternation.restore();
        String summary = alternation.summary();
        // x: runs 2, 4, 6 -> 1.0, 1.0, 0.9; y: runs 1, 3, 5 -> 2.0, 2.2, 1.8
        assertTrue(summary.contains(NAME + ": x 1.000 s median (3 runs); y 2.000 s median (3 runs)"), summary);
        // per cycle: 2.0/1.0, 2.2/1.0, 1.8/0.9 = 2.0, 2.2, 2.0
        assertTrue(summary.contains("y / x: 2.000 median (2.000-2.200, 3 cycles, below 1 in 0)"), summary);
    }

    @Test
    void malformedArgumentsAreNamed() {
        for (String bad : new String[] {"novalues", NAME + "=only", "=a,b", NAME + "=a,,b", NAME + "="}) {
            LauncherException e = assertThrows(LauncherException.class, () -> Alternation.parse(bad));
            assertTrue(e.getMessage().contains("--alternate \"" + bad + "\""), e.getMessage());
        }
    }
}
