package org.syncytium.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.syncytium.api.Simulator;
import org.syncytium.core.fixtures.Fixtures;

/** NEST's {@code memory_size}: this process's virtual memory in kB (Linux's VmSize), -1 elsewhere. */
class MemorySizeTest {

    @Test
    void reportsTheProcesssVirtualMemoryInKilobytesAsLinuxDoes() throws Exception {
        try (Simulator sim = Fixtures.simulator()) {
            long reported = (Long) sim.getKernelStatus("memory_size");
            Path status = Path.of("/proc/self/status");
            if (!Files.isReadable(status)) {
                assertEquals(-1L, reported, "no /proc: NEST's -1");
                return;
            }
            long direct = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmSize:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElseThrow();
            assertTrue(reported > 1024, "a JVM's address space is more than 1 MB: " + reported + " kB");
            // read twice a moment apart: threads may have come or gone in between
            assertTrue(Math.abs(reported - direct) < 0.05 * direct, reported + " kB against " + direct + " kB");
        }
    }
}
