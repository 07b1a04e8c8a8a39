package org.syncytium.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of this process: heap in use after garbage collection, peak resident set. */
public final class MemoryProbe {

    private static final Path STATUS = Path.of("/proc/self/status");

    private MemoryProbe() {
    }

    /**
     * Heap in use after full collections, bytes: the least reading of repeated {@code System.gc()}
     * calls, stopping once two in a row freed nothing. One or two calls are not enough: on JDK 25
     * with the serial collector a call sometimes freed nothing, leaving 16-25 MB of garbage in a
     * reading that the next call removed (2026-12-02, a 5,000-neuron bench read 12-44 MB of
     * network heap run by run with two calls, 28.3 MB every run with this).
     */
    public static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int call = 0, unchanged = 0; call < 8 && unchanged < 2; call++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used < least) {
                least = used;
                unchanged = 0;
            } else {
                unchanged++;
            }
        }
        return least;
    }

    /** Peak resident set size of the process (Linux VmHWM), bytes; -1 where /proc is not there. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
