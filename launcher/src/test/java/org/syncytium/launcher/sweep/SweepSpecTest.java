package org.syncytium.launcher.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.launcher.LauncherException;

class SweepSpecTest {

    @Test
    void listOfValues() {
        assertEquals(new SweepSpec("gap_weight", List.of("0.3", "0.54", "0.7")), SweepSpec.parse("gap_weight=0.3,0.54,0.7"));
    }

    @Test
    void decimalRangeIncludesStop() {
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8"),
                SweepSpec.parse("g=0:0.8:0.1").values());
        assertEquals(List.of("5", "3", "1"), SweepSpec.parse("n=5:1:-2").values());
    }

    @Test
    void badSpecs() {
        for (String bad : List.of("g", "g=", "=1,2", "g=0:1", "g=0:1:0", "g=1:0:0.1", "g=a:b:c")) {
            assertThrows(LauncherException.class, () -> SweepSpec.parse(bad), bad);
        }
        assertThrows(LauncherException.class, () -> SweepSpec.seeds("1,x"));
        assertEquals(List.of(1L, 2L, 3L), SweepSpec.seeds("1,2,3"));
    }

    @Test
    void tableHasParameterSeedRateAndNumericMetrics() throws IOException {
        List<SweepPoint> points = List.of(
                new SweepPoint("0.3", 1L, Map.of("rate_hz", 3.2, "n_events", 800)),
                new SweepPoint("0.3", 2L, Map.of("rate_hz", 3.4, "n_events", 850)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SweepTable.csv("gap_weight", points).writeTo(out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("gap_weight,seed,rate_hz,n_events", lines[0]);
        assertEquals("0.3,1,3.2,800", lines[1]);
        SweepFigure.of("gap_weight", "nS", points); // renders without a display
    }
}
