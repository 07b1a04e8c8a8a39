package org.syncytium.launcher.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.output.EventOrder;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/**
 * Writes recorded spikes as a SONATA spike file (SONATA developer guide, "Spike file"), with jhdf,
 * a pure-Java HDF5 library:
 * <pre>
 * /spikes                        group
 * /spikes/&lt;population&gt;          group, attribute sorting = "by_time"
 * /spikes/&lt;population&gt;/timestamps  float64[N], attribute units = "ms"
 * /spikes/&lt;population&gt;/node_ids    int64[N], 0-based within the population
 * </pre>
 * Spikes are sorted by time, then node id (as spikes.csv). A run without spikes gets an empty
 * {@code /spikes} group, as BMTK writes it. SONATA's node ids count from 0 in each
 * population, so node_id = NEST-style sender id - id of the population's first node.
 *
 * <p>Departures from the letter of the spec, forced by jhdf 0.13 (which writes only what Java
 * types map to): {@code sorting} is a string attribute (as BMTK writes it) rather than an HDF5
 * enum; strings are fixed-length ASCII, which h5py returns as bytes ({@code b"by_time"}); node_ids
 * are signed 64-bit (ids are far below 2^63). The data sets themselves read as the spec says.
 */
public final class SonataSpikeFile {

    /** The sorting attribute's value. */
    public static final String SORTING = "by_time";
    /** The timestamps' unit. */
    public static final String UNITS = "ms";

    private SonataSpikeFile() {
    }

    /**
     * Writes {@code target} (a new file; an existing one is replaced). On failure the partly
     * written file is deleted and the error rethrown.
     *
     * @param spikes            senders (node ids) and times in ms
     * @param population        SONATA population name
     * @param populationFirstId node id of the population's first node
     */
    public static void write(Path target, Events spikes, String population, long populationFirstId) throws IOException {
        if (population == null || population.isEmpty() || population.contains("/")) {
            throw new IllegalArgumentException("a SONATA population name is a non-empty name without '/', found " + population);
        }
        long[] senders = spikes.senders();
        double[] times = spikes.times();
        int[] order = EventOrder.byTimeThenSender(senders, times);
        long[] nodeIds = new long[order.length];
        double[] timestamps = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            nodeIds[k] = senders[order[k]] - populationFirstId;
            timestamps[k] = times[order[k]];
            if (nodeIds[k] < 0) {
                throw new IllegalArgumentException("sender " + senders[order[k]] + " is not in population " + population
                        + " (first node id " + populationFirstId + ")");
            }
        }
        try (WritableHdfFile file = HdfFile.write(target)) {
            WritableGroup spikesGroup = file.putGroup("spikes");
            if (order.length == 0) {
                return; // as BMTK: a population without spikes has no group (HDF5 via jhdf has no empty datasets)
            }
            WritableGroup group = spikesGroup.putGroup(population);
            group.putAttribute("sorting", SORTING);
            WritableDataset stamps = group.putDataset("timestamps", timestamps);
            stamps.putAttribute("units", UNITS);
            group.putDataset("node_ids", nodeIds);
        } catch (RuntimeException e) {
            // jhdf reports I/O failures (disk full, read-only folder) as unchecked exceptions
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the folder itself is unusable: nothing was left in it
            }
            throw new IOException("cannot write the SONATA file " + target.getFileName() + ": " + message(e), e);
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage();
        return text == null ? cause.getClass().getSimpleName() : text;
    }
}
