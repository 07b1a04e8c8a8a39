package org.syncytium.launcher.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.record.Events;

class AtomicOutputTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesAppearOnlyAtCommit() throws IOException {
        AtomicOutput output = new AtomicOutput(folder);
        output.write("a.txt", out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(".a.txt.tmp"), names());
        output.commit();
        assertEquals(List.of("a.txt"), names());
        assertEquals("hello", Files.readString(folder.resolve("a.txt")));
    }

    @Test
    void abortLeavesNothing() throws IOException {
        AtomicOutput output = new AtomicOutput(folder);
        output.write("a.txt", out -> out.write(1));
        output.abort();
        assertEquals(List.of(), names());
    }

    @Test
    void failingWriterRemovesItsTemporary() throws IOException {
        AtomicOutput output = new AtomicOutput(folder);
        assertThrows(IOException.class, () -> output.write("b.txt", out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), names());
        assertTrue(output.pendingNames().isEmpty());
    }

    @Test
    void spikeCsvIsSortedByTimeThenSender() throws IOException {
        Events events = new Events(new long[] {7, 3, 5}, new double[] {2.5, 2.5, 0.8});
        AtomicOutput output = new AtomicOutput(folder);
        output.write("spikes.csv", CsvTables.spikes(events));
        output.commit();
        assertEquals("sender,time_ms\n5,0.8\n3,2.5\n7,2.5\n", Files.readString(folder.resolve("spikes.csv")));
    }

    @Test
    void sampleCsvHasOneColumnPerVariable() throws IOException {
        Events events = new Events(new long[] {1, 2}, new double[] {0.1, 0.1},
                Map.of("V_m", new double[] {-70.0, -65.25}));
        AtomicOutput output = new AtomicOutput(folder);
        output.write("vm.csv", CsvTables.samples(events));
        output.commit();
        assertEquals("sender,time_ms,V_m\n1,0.1,-70.0\n2,0.1,-65.25\n", Files.readString(folder.resolve("vm.csv")));
    }

    @Test
    void jsonWritesNaNAsNull() throws IOException {
        AtomicOutput output = new AtomicOutput(folder);
        output.write("s.json", Json.of(Map.of("x", Double.NaN)));
        output.commit();
        assertTrue(Files.readString(folder.resolve("s.json")).contains("\"x\" : null"));
    }

    @Test
    void rasterIsAPng() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Events events = new Events(new long[] {1, 2, 3}, new double[] {0.8, 1.0, 5.0});
        AtomicOutput output = new AtomicOutput(folder);
        output.write("raster.png", RasterPlot.png(events, 10.0, 3.23));
        output.commit();
        byte[] png = Files.readAllBytes(folder.resolve("raster.png"));
        assertTrue(png.length > 1000);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertEquals("Average spike rate (Hz): 3.23", RasterPlot.chart(events, 10.0, 3.2345).getTitle().getText());
        assertFalse(names().stream().anyMatch(n -> n.endsWith(".tmp")));
    }
}
