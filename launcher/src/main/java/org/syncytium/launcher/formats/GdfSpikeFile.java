package org.syncytium.launcher.formats;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.transaction.FileContent;
import org.syncytium.launcher.output.EventOrder;

/**
 * Spikes in NEST 2's {@code .gdf} layout: one spike per line, {@code sender<TAB>time_ms}, no
 * header, sorted by time then sender. Neo (0.11, Debian's python3-neo) reads it with
 * <pre>
 * neo.io.NestIO(filenames="spikes.gdf").read_segment(gid_list=list(range(1, 501)),
 *     t_start=0 * pq.ms, t_stop=501 * pq.ms, id_column_gdf=0, time_column_gdf=1)
 * </pre>
 * (one SpikeTrain per id in gid_list, times in ms). Times are written in the shortest form that
 * reads back to the same double, and always with a decimal point, which NestIO needs to read the
 * file as floating point.
 */
public final class GdfSpikeFile {

    private GdfSpikeFile() {
    }

    /** The file content for {@code spikes}. */
    public static FileContent of(Events spikes) {
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            long[] senders = spikes.senders();
            double[] times = spikes.times();
            for (int i : EventOrder.byTimeThenSender(senders, times)) {
                writer.write(Long.toString(senders[i]));
                writer.write('\t');
                writer.write(Double.toString(times[i]));
                writer.write('\n');
            }
            writer.flush();
        };
    }
}
