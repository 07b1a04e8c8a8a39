package org.syncytium.launcher.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.LauncherException;

/** Reads a {@code sender,time_ms} file that a spike recorder wrote, for the summary and the raster plot. */
public final class SpikeCsv {

    private SpikeCsv() {
    }

    /** The events of {@code file}; its first line is the header. */
    public static Events read(Path file) {
        long[] senders = new long[1024];
        double[] times = new double[1024];
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || !line.startsWith("sender,time_ms")) {
                throw new LauncherException(file + ": expected the header sender,time_ms");
            }
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (n == senders.length) {
                    senders = Arrays.copyOf(senders, n * 2);
                    times = Arrays.copyOf(times, n * 2);
                }
                try {
                    senders[n] = Long.parseLong(line.substring(0, comma));
                    int end = line.indexOf(',', comma + 1);
                    times[n] = Double.parseDouble(end < 0 ? line.substring(comma + 1) : line.substring(comma + 1, end));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    throw new LauncherException(file + ":" + number + ": not a sender,time_ms row: " + line);
                }
                n++;
            }
        } catch (IOException e) {
            throw new LauncherException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Events(Arrays.copyOf(senders, n), Arrays.copyOf(times, n));
    }
}
