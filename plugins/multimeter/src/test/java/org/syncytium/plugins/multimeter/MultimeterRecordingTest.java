package org.syncytium.plugins.multimeter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.SyncytiumException;
import org.syncytium.api.record.Events;
import org.syncytium.api.record.RecordedKind;

class MultimeterRecordingTest {

    @TempDir
    Path folder;

    private MultimeterRecording recording(List<String> variables) {
        MultimeterRecording r = (MultimeterRecording) new Multimeter().create();
        r.set("record_from", variables);
        return r;
    }

    @Test
    void describesItself() {
        Multimeter model = new Multimeter();
        assertEquals("multimeter", model.name());
        assertEquals(RecordedKind.STATE, model.kind());
        assertEquals(1.0, model.parameters().defaults().get("interval"));
        assertEquals(List.of(), model.parameters().defaults().get("record_from"));
    }

    @Test
    void memoryKeepsOneColumnPerVariable() {
        MultimeterRecording r = recording(List.of("V_m", "I_syn_ex"));
        r.set("interval", 0.1);
        assertEquals(List.of("V_m", "I_syn_ex"), r.recordFrom());
        assertEquals(0.1, r.interval());
        r.open(new FakeContext(0.05, 3, folder, ""));
        for (int i = 1; i <= 400; i++) { // beyond the initial capacity
            r.sample(1, 2L * i, new double[] {-65.0 + i, 0.5 * i});
        }
        Events events = r.events();
        assertEquals(400, events.size());
        assertEquals(List.of("V_m", "I_syn_ex"), events.variables());
        assertArrayEquals(new double[] {-64.0, -63.0}, Arrays2.head(events.values("V_m"), 2), 0.0);
        assertArrayEquals(new double[] {0.5, 1.0}, Arrays2.head(events.values("I_syn_ex"), 2), 0.0);
        assertArrayEquals(new double[] {0.1, 0.2}, Arrays2.head(events.times(), 2), 0.0);
        assertEquals(400, r.eventCount());
    }

    @Test
    void windowAppliesToSamples() {
        MultimeterRecording r = recording(List.of("V_m"));
        r.set("start", 0.2);
        r.set("stop", 0.4);
        r.open(new FakeContext(0.1, 3, folder, ""));
        for (long stamp = 1; stamp <= 6; stamp++) {
            r.sample(1, stamp, new double[] {stamp});
        }
        assertArrayEquals(new double[] {3, 4}, r.events().values("V_m"), 0.0);
    }

    @Test
    void asciiWritesHeaderAndLinesAndRenamesOnClose() throws IOException {
        MultimeterRecording r = recording(List.of("V_m", "g_K"));
        r.set("record_to", "ascii");
        r.open(new FakeContext(0.05, 4, folder, "p_"));
        r.sample(1, 20, new double[] {-69.60401191631222, 0.25});
        r.sample(2, 20, new double[] {-40.0, 1e-7});
        r.flush();
        Path part = folder.resolve("p_multimeter-4.csv.part");
        Path target = folder.resolve("p_multimeter-4.csv");
        assertFalse(Files.exists(target));
        List<String> expected = List.of("sender,time_ms,V_m,g_K", "1,1.0,-69.60401191631222,0.25", "2,1.0,-40.0,1.0E-7");
        assertEquals(expected, Files.readAllLines(part));
        assertEquals(List.of(part.toString()), r.get("filenames"));
        assertEquals(0, r.events().size());
        r.close();
        assertEquals(expected, Files.readAllLines(target));
        assertEquals(List.of(target.toString()), r.get("filenames"));
        assertFalse(Files.exists(part));
    }

    @Test
    void anExistingFileIsKeptUnlessOverwriteFilesIsSet() throws IOException {
        Path mine = folder.resolve("p_multimeter-4.csv");
        Files.writeString(mine, "kept\n");
        MultimeterRecording refused = recording(List.of("V_m"));
        refused.set("record_to", "ascii");
        SyncytiumException e = assertThrows(SyncytiumException.class,
                () -> refused.open(new FakeContext(0.05, 4, folder, "p_")));
        assertTrue(e.getMessage().contains("overwrite_files"), e.getMessage());
        assertEquals("kept\n", Files.readString(mine));
        MultimeterRecording allowed = recording(List.of("V_m"));
        allowed.set("record_to", "ascii");
        allowed.open(new FakeContext(0.05, 4, folder, "p_", true));
        allowed.sample(1, 20, new double[] {-70.0});
        allowed.close();
        assertEquals(List.of("sender,time_ms,V_m", "1,1.0,-70.0"), Files.readAllLines(mine));
    }

    @Test
    void intervalMustBePositiveAndOnTheGrid() {
        MultimeterRecording r = recording(List.of("V_m"));
        assertThrows(BadPropertyException.class, () -> r.set("interval", 0.0));
        r.set("interval", 0.075);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> r.open(new FakeContext(0.05, 1, folder, "")));
        assertTrue(e.getMessage().contains("multiple of the resolution"), e.getMessage());
    }

    @Test
    void offsetIsZeroOrOnTheGridAndFixedAfterTheFirstRun() {
        MultimeterRecording r = recording(List.of("V_m"));
        assertEquals(0.0, r.offset());
        assertThrows(BadPropertyException.class, () -> r.set("offset", -0.1));
        r.set("offset", 0.025);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> r.open(new FakeContext(0.05, 1, folder, "")));
        assertTrue(e.getMessage().contains("offset") && e.getMessage().contains("at least one step"), e.getMessage());
        r.set("offset", 0.15);
        r.open(new FakeContext(0.05, 1, folder, ""));
        assertEquals(0.15, r.get("offset"));
        assertEquals(0.15, r.offset());
        assertThrows(BadPropertyException.class, () -> r.set("offset", 0.2));
    }

    @Test
    void recordFromIsAListFixedAfterTheFirstRun() {
        MultimeterRecording r = recording(List.of("V_m"));
        assertThrows(BadPropertyException.class, () -> r.set("record_from", 3));
        assertThrows(BadPropertyException.class, () -> r.set("record_from", List.of("V_m", "V_m")));
        r.set("record_from", "V_m");
        assertEquals(List.of("V_m"), r.get("record_from"));
        r.open(new FakeContext(0.1, 1, folder, ""));
        assertThrows(BadPropertyException.class, () -> r.set("record_from", List.of("V_m", "g_K")));
        r.set("record_from", List.of("V_m")); // unchanged: allowed
        r.set("interval", 1.0);
        assertThrows(BadPropertyException.class, () -> r.set("interval", 2.0));
    }
}
