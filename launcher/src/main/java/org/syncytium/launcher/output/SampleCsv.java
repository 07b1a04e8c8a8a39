package org.syncytium.launcher.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongPredicate;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.LauncherException;

/**
 * Reads a {@code sender,time_ms,<variable>...} file that a multimeter wrote, keeping only the rows
 * of chosen senders (a figure draws a few neurons of a recording that may hold millions of rows).
 */
public final class SampleCsv {

    private SampleCsv() {
    }

    /** The samples of {@code file} whose sender passes {@code keep}. */
    public static Events read(Path file, LongPredicate keep) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("sender,time_ms")) {
                throw new LauncherException(file + ": expected the header sender,time_ms,...");
            }
            String[] names = header.split(",");
            int variables = names.length - 2;
            long[] senders = new long[1024];
            double[] times = new double[1024];
            double[][] values = new double[variables][1024];
            int n = 0;
            int number = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                try {
                    long sender = Long.parseLong(cells[0]);
                    if (!keep.test(sender)) {
                        continue;
                    }
                    if (cells.length != names.length) {
                        throw new NumberFormatException();
                    }
                    if (n == senders.length) {
                        senders = Arrays.copyOf(senders, 2 * n);
                        times = Arrays.copyOf(times, 2 * n);
                        for (int v = 0; v < variables; v++) {
                            values[v] = Arrays.copyOf(values[v], 2 * n);
                        }
                    }
                    senders[n] = sender;
                    times[n] = Double.parseDouble(cells[1]);
                    for (int v = 0; v < variables; v++) {
                        values[v][n] = Double.parseDouble(cells[v + 2]);
                    }
                    n++;
                } catch (NumberFormatException e) {
                    throw new LauncherException(file + ":" + number + ": not a row of " + header + ": " + line);
                }
            }
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int v = 0; v < variables; v++) {
                columns.put(names[v + 2], Arrays.copyOf(values[v], n));
            }
            return new Events(Arrays.copyOf(senders, n), Arrays.copyOf(times, n), columns);
        } catch (IOException e) {
            throw new LauncherException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
