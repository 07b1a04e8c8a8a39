package org.syncytium.plugins.spikerecorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpikeAllocationTest {

    @TempDir
    Path folder;

    @Test
    void asciiRecordingAllocatesAlmostNothingPerSpike() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SpikeRecording r = (SpikeRecording) new SpikeRecorder().create();
        r.set("record_to", "ascii");
        r.open(new FakeContext(0.05, 501, folder, ""));
        for (int i = 0; i < 50_000; i++) { // warm up
            r.spike(1 + i % 500, 1 + i);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            r.spike(1 + i % 500, 50_001 + i);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        r.close();
        assertEquals(50_000 + n, r.eventCount());
        // Only the file channel's per-flush buffer wrappers (one per 64 K chars) may allocate.
        assertTrue(allocated < n / 4, allocated + " bytes allocated for " + n + " spikes");
    }
}
