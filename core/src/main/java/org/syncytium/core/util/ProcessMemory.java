package org.syncytium.core.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * NEST's {@code memory_size}: the virtual memory size of this process in kB, as Linux reports it
 * ({@code VmSize} in /proc/self/status; a JVM reserves far more address space than it uses), or -1
 * where the system does not report it, as NEST on other systems.
 */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** VmSize in kB, or -1. */
    public static long virtualKilobytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmSize:")) {
                    String[] fields = line.substring("VmSize:".length()).trim().split("\\s+");
                    return fields.length == 2 && fields[1].equals("kB") ? Long.parseLong(fields[0]) : -1;
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux, or not readable: NEST reports -1 too
        }
    }
}
