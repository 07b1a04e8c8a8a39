package org.syncytium.core.schedule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How many threads are runnable on this machine right now, read from Linux's {@code /proc/loadavg}
 * (its fourth field, "runnable/total"), counting the reader itself. The worker pool uses it to tell
 * a machine whose CPUs are all ours from one where other threads wait for them. Reading it is one
 * {@code pread} into a buffer kept open, and allocates nothing.
 */
final class RunQueue implements AutoCloseable {
    /** Linux's load file; absent elsewhere. */
    static final Path LOADAVG = Path.of("/proc/loadavg");

    private final FileChannel file;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(256);

    private RunQueue(FileChannel file) {
        this.file = file;
    }

    /** The run queue of the load file at {@code path}; {@link #runnable()} answers -1 if it cannot be read. */
    static RunQueue open(Path path) {
        try {
            return new RunQueue(FileChannel.open(path, StandardOpenOption.READ));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new RunQueue(null);
        }
    }

    /** Threads runnable now (running or waiting for a CPU), or -1 if unknown. */
    int runnable() {
        if (file == null) {
            return -1;
        }
        buffer.clear();
        try {
            int read = file.read(buffer, 0);
            return read <= 0 ? -1 : parse(buffer, read);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The number before the '/' of the fourth space-separated field of {@code text[0, length)}, or -1. */
    static int parse(ByteBuffer text, int length) {
        int field = 0;
        int i = 0;
        while (i < length && field < 3) {
            if (text.get(i) == ' ') {
                field++;
            }
            i++;
        }
        int value = 0;
        int digits = 0;
        for (; i < length && text.get(i) != '/'; i++) {
            int digit = text.get(i) - '0';
            if (digit < 0 || digit > 9 || digits == 9) {
                return -1;
            }
            value = 10 * value + digit;
            digits++;
        }
        return digits > 0 && i < length ? value : -1;
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // read-only; nothing was written that could be lost
            }
        }
    }
}
