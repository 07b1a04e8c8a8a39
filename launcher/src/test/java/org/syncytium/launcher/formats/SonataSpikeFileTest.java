package org.syncytium.launcher.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.record.Events;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;

class SonataSpikeFileTest {

    @TempDir
    Path folder;

    /** Unsorted input, population starting at node id 11. */
    private static final Events SPIKES = new Events(new long[] {13, 11, 12, 11}, new double[] {2.5, 2.5, 0.75, 7.0});

    @Test
    void layoutUnitsSortingAndZeroBasedIdsAsTheSpecSays() throws IOException {
        Path file = folder.resolve("spikes.h5");
        SonataSpikeFile.write(file, SPIKES, "neurons", 11);
        try (HdfFile hdf = new HdfFile(file)) {
            Group population = (Group) hdf.getByPath("/spikes/neurons");
            assertEquals("by_time", population.getAttribute("sorting").getData());
            Dataset timestamps = hdf.getDatasetByPath("/spikes/neurons/timestamps");
            assertEquals("ms", timestamps.getAttribute("units").getData());
            assertArrayEquals(new double[] {0.75, 2.5, 2.5, 7.0}, (double[]) timestamps.getData());
            // by time, then id; SONATA ids count from 0 in the population: sender - 11
            assertArrayEquals(new long[] {1, 0, 2, 0}, (long[]) hdf.getDatasetByPath("/spikes/neurons/node_ids").getData());
        }
    }

    @Test
    void noSpikesGiveAnEmptySpikesGroup() throws IOException {
        Path file = folder.resolve("none.h5");
        SonataSpikeFile.write(file, new Events(new long[0], new double[0]), "neurons", 1);
        try (HdfFile hdf = new HdfFile(file)) {
            assertTrue(((Group) hdf.getByPath("/spikes")).getChildren().isEmpty());
        }
    }

    @Test
    void aWriteFailureGivesOneLineAndNoFile() throws IOException {
        // a folder that cannot hold files, also for root (who ignores read-only permissions)
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("spikes.h5");
        IOException e = assertThrows(IOException.class, () -> SonataSpikeFile.write(target, SPIKES, "neurons", 11));
        assertTrue(e.getMessage().startsWith("cannot write the SONATA file spikes.h5: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(target));
    }

    @Test
    void gdfIsTabSeparatedSortedWithoutHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GdfSpikeFile.of(SPIKES).writeTo(out);
        assertEquals("12\t0.75\n11\t2.5\n13\t2.5\n11\t7.0\n", out.toString(StandardCharsets.UTF_8));
    }
}
