package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunQueueTest {
    private static int parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return RunQueue.parse(ByteBuffer.wrap(bytes), bytes.length);
    }

    @Test
    void readsTheRunnableThreadsOfLinuxsLoadLine() {
        assertEquals(3, parse("1.27 1.28 1.65 3/85 15811\n"));
        assertEquals(117, parse("40.00 38.10 35.00 117/2048 99\n"));
    }

    @Test
    void anythingElseIsUnknown() {
        assertEquals(-1, parse(""));
        assertEquals(-1, parse("1.27 1.28 1.65"));
        assertEquals(-1, parse("1.27 1.28 1.65 x/85 1"));
        assertEquals(-1, parse("1.27 1.28 1.65 /85 1"));
        assertEquals(-1, parse("1.27 1.28 1.65 12"));
        assertEquals(-1, parse("1.27 1.28 1.65 12345678901/85 1"));
    }

    @Test
    void readsAFileAgainEachTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("loadavg");
        Files.writeString(file, "0.50 0.40 0.30 2/456 789\n");
        try (RunQueue queue = RunQueue.open(file)) {
            assertEquals(2, queue.runnable());
            Files.writeString(file, "0.50 0.40 0.30 5/456 789\n");
            assertEquals(5, queue.runnable());
        }
    }

    @Test
    void aMissingFileIsUnknown(@TempDir Path dir) {
        try (RunQueue queue = RunQueue.open(dir.resolve("absent"))) {
            assertEquals(-1, queue.runnable());
        }
    }

    @Test
    void thisMachinesQueueCountsAtLeastTheReaderWhereLinuxHasOne() {
        try (RunQueue queue = RunQueue.open(RunQueue.LOADAVG)) {
            int runnable = queue.runnable();
            assertTrue(Files.exists(RunQueue.LOADAVG) ? runnable >= 1 : runnable == -1, "runnable " + runnable);
        }
    }
}
