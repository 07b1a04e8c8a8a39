package org.syncytium.launcher.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.transaction.FileContent;

/**
 * CSV renderings of recorded events: spikes as {@code sender,time_ms}; state samples as
 * {@code sender,time_ms,<variable>...}. Rows are sorted by time, then sender, so files compare
 * equal across thread counts. Numbers use the shortest exact decimal form.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** Spike events. */
    public static FileContent spikes(Events events) {
        return out -> table(out, events, List.of());
    }

    /** State samples with the given variables. */
    public static FileContent samples(Events events) {
        return out -> table(out, events, events.variables());
    }

    private static void table(OutputStream out, Events events, List<String> variables) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write("sender,time_ms");
        for (String variable : variables) {
            writer.write(',');
            writer.write(variable);
        }
        writer.write('\n');
        long[] senders = events.senders();
        double[] times = events.times();
        double[][] columns = new double[variables.size()][];
        for (int v = 0; v < variables.size(); v++) {
            columns[v] = events.values(variables.get(v));
        }
        for (int i : EventOrder.byTimeThenSender(senders, times)) {
            writer.write(Long.toString(senders[i]));
            writer.write(',');
            writer.write(number(times[i]));
            for (double[] column : columns) {
                writer.write(',');
                writer.write(number(column[i]));
            }
            writer.write('\n');
        }
        writer.flush();
    }

    /** Shortest decimal that reads back to the same double (grid times print as e.g. 12.35). */
    static String number(double value) {
        return Double.toString(value);
    }
}
