package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distribution whose lib/ lacks the HDF5 library (a user's trimmed copy): a run that asks for
 * SONATA output stops before simulating with one error line and writes nothing; with
 * {@code formats: [gdf]} the same distribution runs.
 */
class MissingFormatIT {

    @TempDir
    Path folder;

    @Test
    void sonataWithoutItsLibraryIsOneLineAndNoOutput() throws Exception {
        Path lib = Files.createDirectory(folder.resolve("lib"));
        try (Stream<Path> jars = Files.list(DistributionFolders.home().resolve("lib"))) {
            for (Path jar : jars.filter(p -> !p.getFileName().toString().startsWith("jhdf")).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = folder.resolve("out");
        List<String> command = List.of(java, "-Djava.awt.headless=true", "-cp", lib + "/*", "org.syncytium.launcher.Main",
                "run", "../examples/single_neuron.yaml", "--set", "simtime=20", "--out", out.toString(),
                "--bundles", DistributionFolders.bundles().toString());
        ExternalTools.Result run = ExternalTools.run(command, 300);
        assertEquals(1, run.status(), run.output());
        List<String> lines = run.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), run.output());
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains("single_neuron.yaml:")
                && lines.get(0).contains("output format sonata is not installed"), lines.get(0));
        assertFalse(Files.exists(out), "nothing written");

        Path scenario = folder.resolve("gdf_only.yaml");
        Files.writeString(scenario, Files.readString(Path.of("../examples/single_neuron.yaml"))
                .replace("      file: spikes.csv", "      file: spikes.csv\n      formats: [gdf]"));
        ExternalTools.Result gdf = ExternalTools.run(List.of(java, "-Djava.awt.headless=true", "-cp", lib + "/*",
                "org.syncytium.launcher.Main", "run", scenario.toString(), "--set", "simtime=20", "--out", out.toString(),
                "--bundles", DistributionFolders.bundles().toString()), 300);
        assertEquals(0, gdf.status(), gdf.output());
        assertTrue(Files.exists(out.resolve("spikes.gdf")) && !Files.exists(out.resolve("spikes.h5")));
    }
}
