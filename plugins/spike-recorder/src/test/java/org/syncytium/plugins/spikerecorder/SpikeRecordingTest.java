package org.syncytium.plugins.spikerecorder;

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

class SpikeRecordingTest {

    @TempDir
    Path folder;

    private SpikeRecording recording() {
        return (SpikeRecording) new SpikeRecorder().create();
    }

    @Test
    void describesItself() {
        SpikeRecorder model = new SpikeRecorder();
        assertEquals("spike_recorder", model.name());
        assertEquals(RecordedKind.SPIKES, model.kind());
        assertEquals("memory", model.parameters().defaults().get("record_to"));
        assertEquals(Double.MAX_VALUE, model.parameters().defaults().get("stop"));
    }

    @Test
    void recordsOnlyStampsInsideStartStop() {
        SpikeRecording r = recording();
        r.set("start", 1.0);
        r.set("stop", 2.0);
        r.open(new FakeContext(0.1, 501, folder, ""));
        for (long stamp : new long[] {9, 10, 11, 15, 20, 21, 30}) {
            r.spike(1, stamp);
        }
        Events events = r.events();
        assertArrayEquals(new double[] {1.1, 1.5, 2.0}, events.times(), 0.0);
        assertEquals(3, r.eventCount());
        assertEquals(3L, r.get("n_events"));
    }

    @Test
    void anExistingFileIsRefusedAndKeptUnlessOverwriteFilesIsSet() throws IOException {
        Path mine = folder.resolve("spikes.csv");
        Files.writeString(mine, "a user's own data\n");
        SpikeRecording r = asciiRecording();
        SyncytiumException e = assertThrows(SyncytiumException.class, () -> r.open(new FakeContext(0.1, 7, folder, "")));
        assertTrue(e.getMessage().contains(mine.toString()) && e.getMessage().contains("overwrite_files"),
                e.getMessage());
        assertEquals("a user's own data\n", Files.readString(mine));
        assertEquals(List.of("spikes.csv"), List.of(folder.toFile().list()), "no .part file either");
        // a stale .part of an earlier, interrupted run is not replaced silently either
        Files.delete(mine);
        Files.writeString(folder.resolve("spikes.csv.part"), "partial\n");
        assertThrows(SyncytiumException.class, () -> asciiRecording().open(new FakeContext(0.1, 7, folder, "")));
        SpikeRecording allowed = asciiRecording();
        allowed.open(new FakeContext(0.1, 7, folder, "", true));
        allowed.spike(3, 12);
        allowed.close();
        assertEquals("sender,time_ms\n3,1.2\n", Files.readString(mine));
    }

    /** Writes spikes.csv. */
    private SpikeRecording asciiRecording() {
        SpikeRecording r = recording();
        r.set("record_to", "ascii");
        r.set("label", "spikes");
        return r;
    }

    @Test
    void memoryKeepsSendersAndExactTimesInOrder() {
        SpikeRecording r = recording();
        r.open(new FakeContext(0.05, 501, folder, ""));
        for (int i = 0; i < 3000; i++) { // beyond the initial capacity
            r.spike(1 + i % 500, 2 + i);
        }
        Events events = r.events();
        assertEquals(3000, events.size());
        assertEquals(1, events.senders()[0]);
        assertEquals(500, events.senders()[499]);
        assertEquals(0.1, events.times()[0], 0.0);
        assertEquals(0.15, events.times()[1], 0.0);
        assertEquals(150.05, events.times()[2999], 0.0);
        r.close();
        assertEquals(List.of(), List.of(folder.toFile().list()));
    }

    @Test
    void asciiStreamsToAPartFileAndRenamesOnClose() throws IOException {
        SpikeRecording r = recording();
        r.set("record_to", "ascii");
        r.open(new FakeContext(0.05, 501, folder, "run1_"));
        Path part = folder.resolve("run1_spike_recorder-501.csv.part");
        Path target = folder.resolve("run1_spike_recorder-501.csv");
        r.spike(7, 3);
        r.spike(12, 20);
        r.spike(7, 10020);
        r.flush();
        assertTrue(Files.exists(part));
        assertFalse(Files.exists(target), "no final file before close");
        assertEquals(List.of(part.toString()), r.get("filenames"), "NEST's filenames: where the lines are");
        assertThrows(BadPropertyException.class, () -> r.set("filenames", List.of("elsewhere.csv")));
        assertEquals(List.of("sender,time_ms", "7,0.15", "12,1.0", "7,501.0"), Files.readAllLines(part));
        assertEquals(0, r.events().size(), "ascii keeps no spikes in memory");
        assertEquals(3, r.eventCount());
        r.close();
        assertFalse(Files.exists(part));
        assertEquals(List.of("sender,time_ms", "7,0.15", "12,1.0", "7,501.0"), Files.readAllLines(target));
        assertEquals(List.of(target.toString()), r.get("filenames"));
    }

    @Test
    void labelNamesTheFile() throws IOException {
        SpikeRecording r = recording();
        r.set("record_to", "ascii");
        r.set("label", "spikes");
        r.open(new FakeContext(0.1, 501, folder, ""));
        r.close();
        assertEquals(List.of("sender,time_ms"), Files.readAllLines(folder.resolve("spikes.csv")));
    }

    @Test
    void fileErrorsNameTheFile() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain"), "x");
        SpikeRecording r = recording();
        r.set("record_to", "ascii");
        SyncytiumException e = assertThrows(SyncytiumException.class,
                () -> r.open(new FakeContext(0.1, 9, notAFolder.resolve("sub"), "")));
        assertTrue(e.getMessage().contains("spike_recorder-9.csv"), e.getMessage());
    }

    @Test
    void settingsAreCheckedAndFixedAfterTheFirstRun() {
        SpikeRecording r = recording();
        assertThrows(BadPropertyException.class, () -> r.set("record_to", "sionlib"));
        assertThrows(BadPropertyException.class, () -> r.set("n_events", 3));
        assertThrows(BadPropertyException.class, () -> r.set("start", Double.NaN));
        r.set("stop", -1.0);
        assertThrows(BadPropertyException.class, () -> r.open(new FakeContext(0.1, 1, folder, "")));
        r.set("stop", Double.POSITIVE_INFINITY);
        assertEquals(Double.MAX_VALUE, r.get("stop"));
        r.open(new FakeContext(0.1, 1, folder, ""));
        assertThrows(BadPropertyException.class, () -> r.set("record_to", "ascii"));
        r.set("record_to", "memory"); // unchanged values are fine (the kernel's undo sets them back)
        r.set("label", "");
        r.spike(1, 5);
        r.set("n_events", 1L);
        assertThrows(BadPropertyException.class, () -> r.set("n_events", 2));
        r.set("n_events", 0);
        assertEquals(0, r.eventCount());
        assertEquals(0, r.events().size());
        r.set("stop", 0.3); // window changes after open take effect at once
        r.spike(1, 3);
        r.spike(1, 4);
        assertEquals(1, r.eventCount());
    }

    @Test
    void preciseSpikesKeepTheirOffsetsInMemoryAndInFiles() throws IOException {
        SpikeRecording ms = recording();
        ms.open(new FakeContext(0.1, 3, folder, ""));
        ms.spike(1, 10);
        ms.spike(1, 11, 0.05);
        assertArrayEquals(new double[] {1.0, 1.05}, ms.events().times(), 1e-12);

        SpikeRecording steps = recording();
        steps.set("time_in_steps", true);
        steps.open(new FakeContext(0.1, 4, folder, ""));
        steps.spike(1, 10);
        steps.spike(1, 31, 0.0999);
        Events events = steps.events();
        assertArrayEquals(new double[] {10, 31}, events.times(), 0.0);
        assertArrayEquals(new double[] {0.0, 0.0999}, events.values("offsets"), 0.0);

        SpikeRecording file = recording();
        file.set("record_to", "ascii");
        file.set("file_extension", "dat");
        file.set("time_in_steps", true);
        file.open(new FakeContext(0.1, 5, folder, "p_"));
        file.spike(2, 31, 0.0999);
        file.close();
        List<String> lines = Files.readAllLines(folder.resolve(String.valueOf(file.get("filenames")).replaceAll(".*/|\\]", "")));
        assertEquals("2\t31\t0.100", lines.get(lines.size() - 1));
    }

    @Test
    void anAsciiRecordingTellsWhereItWillWriteBeforeItsFirstRun() {
        SpikeRecording r = recording();
        r.attach(new FakeContext(0.1, 7, folder, "pre_"));
        assertEquals(List.of(), r.get("filenames"), "memory: no file");
        r.set("record_to", "ascii");
        assertEquals(List.of(folder.resolve("pre_spike_recorder-7.csv").toString()), r.get("filenames"));
        r.set("label", "mine");
        assertEquals(List.of(folder.resolve("pre_mine.csv").toString()), r.get("filenames"));
        assertEquals(List.of(), List.of(folder.toFile().list()), "nothing is written before the run");
    }
}
