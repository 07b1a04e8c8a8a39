package org.syncytium.support.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.RecordingContext;

/** NEST's ASCII layout: file names, header, fixed decimals as C's %.3f prints them. */
class AsciiLayoutTest {

    private static RecordingContext context(long id, long nodes) {
        return new RecordingContext() {
            public double resolution() {
                return 0.1;
            }

            public long recorderId() {
                return id;
            }

            public Path dataPath() {
                return Path.of("out");
            }

            public String dataPrefix() {
                return "p-";
            }

            public long nodeCount() {
                return nodes;
            }
        };
    }

    @Test
    void namesFollowNestOrTheCsvRule() {
        AsciiLayout nestLayout = new AsciiLayout("dat");
        assertEquals(Path.of("out/p-spike_recorder-0007-0.dat"), nestLayout.target(context(7, 1250), "spike_recorder", ""));
        assertEquals(Path.of("out/p-ex-1250-0.dat"), nestLayout.target(context(1250, 1250), "spike_recorder", "ex"));
        AsciiLayout csv = new AsciiLayout("csv");
        assertEquals(Path.of("out/p-spike_recorder-7.csv"), csv.target(context(7, 1250), "spike_recorder", ""));
        assertEquals("sender,time_ms,V_m", csv.header(List.of("V_m")));
        assertEquals("# Syncytium (NEST-compatible ASCII recording)\n# RecordingBackendASCII version: 2\n"
                + "sender\ttime_ms\tV_m", nestLayout.header(List.of("V_m")));
    }

    @Test
    void rowsHaveFixedDecimalsRoundedAsC() {
        AsciiLayout layout = new AsciiLayout("dat");
        GridTime grid = GridTime.of(0.1);
        StringBuilder line = new StringBuilder();
        layout.appendStart(line, 12, grid, 123);
        layout.appendValue(line, -70.0);
        layout.appendValue(line, 0.0005);      // just above 0.0005 in binary: rounds up, as printf does
        layout.appendValue(line, 0.0625);      // an exact tie in binary: to even, as glibc's printf
        layout.appendValue(line, -2.5e-7);
        assertEquals("12\t12.300\t-70.000\t0.001\t0.062\t-0.000", line.toString());
        line.setLength(0);
        layout.set("spike_recorder", AsciiLayout.TIME_IN_STEPS, true, false);
        layout.appendStart(line, 3, grid, 123);
        assertEquals("3\t123\t0.000", line.toString());
        assertThrows(BadPropertyException.class,
                () -> layout.set("spike_recorder", AsciiLayout.TIME_IN_STEPS, false, true));
        assertThrows(BadPropertyException.class, () -> layout.set("spike_recorder", AsciiLayout.FILE_EXTENSION, "a/b", false));
    }
}
