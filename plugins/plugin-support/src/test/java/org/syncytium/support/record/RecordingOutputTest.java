package org.syncytium.support.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.RecordingContext;

/** record_to: where the rows go, NEST's screen backend among them. */
class RecordingOutputTest {

    private static final RecordingContext CONTEXT = new RecordingContext() {
        public double resolution() {
            return 0.1;
        }

        public long recorderId() {
            return 3;
        }

        public Path dataPath() {
            return Path.of("never-written");
        }

        public String dataPrefix() {
            return "";
        }
    };

    /** NEST's screen rows: sender, time with `precision` decimals (or step and offset), tab-separated, no header. */
    @Test
    void theScreenGetsNestsRowsOnStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            // the command line's recorders default to CSV files; the screen still gets NEST's rows
            RecordingOutput output = new RecordingOutput("spike_recorder", "csv");
            output.set(RecordingOutput.RECORD_TO, "screen", "screen");
            output.open(CONTEXT, List.of("V_m"));
            assertEquals(List.of(), output.get(RecordingOutput.FILENAMES), "no file");
            GridTime grid = GridTime.of(0.1);
            StringBuilder line = new StringBuilder();
            output.layout().appendStart(line, 12, grid, 123);
            output.layout().appendValue(line, -70.0);
            output.file().write(line.append('\n'));
            assertEquals("12\t12.300\t-70.000\n", printed.toString(StandardCharsets.UTF_8), "printed as written");
            output.close();
            assertNull(output.file().target());
            original.flush();
        } finally {
            System.setOut(original);
        }
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("sender"), "no header");
    }

    @Test
    void recordToTakesNestsThreeBackendsOnly() {
        RecordingOutput output = new RecordingOutput("multimeter", "dat");
        assertEquals(List.of("ascii", "memory", "screen"), RecordingOutput.BACKENDS);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> output.set(RecordingOutput.RECORD_TO, "sionlib", "sionlib"));
        assertTrue(e.getMessage().contains("must be \"memory\", \"ascii\" or \"screen\""), e.getMessage());
        assertEquals("memory", output.get(RecordingOutput.RECORD_TO));
    }
}
