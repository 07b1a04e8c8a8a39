package org.syncytium.plugins.weightrecorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.Events;
import org.syncytium.api.record.RecordedKind;

class WeightRecordingTest {

    @TempDir
    Path dir;

    private WeightRecording opened() {
        WeightRecording recording = (WeightRecording) new WeightRecorder().create();
        recording.open(new FakeContext(0.1, 9, dir, "", false));
        return recording;
    }

    @Test
    void recordsTheWeightOfEachPassingSpikeWithItsEnds() {
        assertEquals(RecordedKind.WEIGHTS, new WeightRecorder().kind());
        WeightRecording recording = opened();
        recording.weight(3, 7, 1, 125, 20.5);
        recording.weight(4, 8, 0, 126, -3.0);
        Events events = recording.events();
        assertArrayEquals(new long[] {3, 4}, events.senders());
        assertArrayEquals(new double[] {12.5, 12.6}, events.times());
        assertEquals(List.of("weights", "targets", "receptors"), events.variables());
        assertArrayEquals(new double[] {20.5, -3.0}, events.values("weights"));
        assertArrayEquals(new double[] {7, 8}, events.values("targets"));
        assertArrayEquals(new double[] {1, 0}, events.values("receptors"));
        assertEquals(2L, recording.get("n_events"));
        recording.set("n_events", 0L);
        assertEquals(0, recording.events().size());
    }

    @Test
    void beforeItsFirstRunItHasNoValueColumnsAsNest() {
        WeightRecording recording = (WeightRecording) new WeightRecorder().create();
        assertEquals(List.of(), recording.events().variables());
    }

    @Test
    void keepsTheWindowAndTheListedEnds() {
        WeightRecording recording = (WeightRecording) new WeightRecorder().create();
        recording.set("start", 1.0);
        recording.set("senders", List.of(5.0, 3.0, 5.0));
        recording.set("targets", List.of(7.0));
        recording.open(new FakeContext(0.1, 9, dir, "", false));
        recording.weight(3, 7, 0, 10, 1.0);  // at 1.0 ms: not after start
        recording.weight(3, 7, 0, 11, 2.0);
        recording.weight(4, 7, 0, 12, 3.0);  // sender not listed
        recording.weight(5, 8, 0, 13, 4.0);  // target not listed
        recording.weight(5, 7, 0, 14, 5.0);
        assertArrayEquals(new double[] {2.0, 5.0}, recording.events().values("weights"));
        assertEquals(List.of(3.0, 5.0), recording.get("senders"));
        assertThrows(BadPropertyException.class, () -> recording.set("targets", List.of(0.5)));
        assertThrows(BadPropertyException.class, () -> recording.set("n_events", 3L));
    }

    @Test
    void writesNestsColumnsToItsFile() throws Exception {
        WeightRecording recording = (WeightRecording) new WeightRecorder().create();
        recording.set("record_to", "ascii");
        recording.set("label", "w");
        recording.open(new FakeContext(0.1, 9, dir, "", false));
        recording.weight(3, 7, 1, 125, 20.5);
        recording.close();
        assertEquals(List.of("sender,time_ms,weights,targets,receptors", "3,12.5,20.5,7,1"),
                Files.readAllLines(dir.resolve("w.csv")));
        assertThrows(BadPropertyException.class, () -> recording.set("record_to", "memory"));
    }
}
