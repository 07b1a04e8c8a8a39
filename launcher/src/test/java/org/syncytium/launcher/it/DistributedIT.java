package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distributed contract: spikes.csv is byte-identical for ranks x threads in {1x1, 1x2, 2x1,
 * 2x2, 3x1, 4x1}, with and without WFR, for the small seed network (random gap pairs, so partners
 * live on other ranks), NEST's two-neuron gap case (with 3 and 4 ranks some own no neuron) and a
 * small network of plastic stdp_synapse connections (each process keeps its targets' histories); the
 * small seed network's synchrony monitor gives the same chi from the same number of samples.
 * Runs the built distribution under the system's mpirun with a Java 22+ (the mpi bundle's
 * binding); .ci/run installs both, and their absence fails here with one line, never a skip.
 */
class DistributedIT {
    private static final String MPI_JAVA = System.getenv().getOrDefault("SYNCYTIUM_MPI_JAVA",
            "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    private static final int[][] LAYOUTS = {{1, 1}, {1, 2}, {2, 1}, {2, 2}, {3, 1}, {4, 1}};

    @TempDir
    static Path folder;

    @BeforeAll
    static void needsMpi() {
        if (!new File(MPI_JAVA).canExecute()) {
            fail("distributed tests need a Java 22+ at " + MPI_JAVA + " (set SYNCYTIUM_MPI_JAVA)");
        }
        if (!onPath("mpirun")) {
            fail("distributed tests need mpirun: apt-get install openmpi-bin libopenmpi-dev (.ci/run does)");
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @CsvSource({"seed_small.yaml, true", "seed_small.yaml, false", "two_neuron_gap.yaml, true",
            "two_neuron_gap.yaml, false", "stdp_small.yaml, false"})
    void spikesAreTheSameForEveryLayout(String scenario, boolean wfr) throws Exception {
        Path file = Path.of("src/test/resources/distributed", scenario).toAbsolutePath();
        byte[] reference = null;
        String first = null;
        List<String> referenceChi = null;
        byte[] referenceWeights = null;
        for (int[] layout : LAYOUTS) {
            int ranks = layout[0];
            int threads = layout[1];
            String name = scenario.replace(".yaml", "") + "-" + wfr + "-" + ranks + "x" + threads;
            Path out = folder.resolve(name);
            run(ranks, file, out, "--set", "threads=" + ranks * threads, "--set", "use_wfr=" + wfr);
            byte[] spikes = Files.readAllBytes(out.resolve("spikes.csv"));
            assertTrue(new String(spikes, StandardCharsets.UTF_8).lines().count() > 2,
                    name + ": the test needs spikes to compare");
            List<String> chi = Files.readAllLines(out.resolve("summary.json")).stream()
                    .filter(line -> line.contains("\"synchrony_chi\"") || line.contains("\"synchrony_samples\""))
                    .toList();
            Path weightsFile = out.resolve("weights.csv");
            byte[] weights = Files.exists(weightsFile) ? Files.readAllBytes(weightsFile) : null;
            if (reference == null) {
                referenceWeights = weights;
                assertEquals(scenario.startsWith("stdp"), weights != null && new String(weights, StandardCharsets.UTF_8)
                        .lines().count() > 100, name + ": the plastic case records weights to compare");
                first = name;
                referenceChi = chi;
                assertEquals(scenario.startsWith("seed_small") ? 2 : 0, chi.size(), name + ": " + chi);
            } else {
                assertArrayEquals(reference, spikes, name + " differs from " + first);
                assertArrayEquals(referenceWeights, weights, name + "'s weights differ from " + first + "'s");
                assertEquals(referenceChi, chi, name + "'s synchrony differs from " + first + "'s");
            }
        }
    }

    private static void run(int ranks, Path scenario, Path out, String... extra) throws Exception {
        Path dist = Path.of(System.getProperty("syncytium.distribution"));
        List<String> command = new ArrayList<>(List.of("mpirun", "--oversubscribe", "-np", String.valueOf(ranks)));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add(1, "--allow-run-as-root");
        }
        command.addAll(List.of(MPI_JAVA, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Xmx512m", "-cp",
                dist.resolve("lib") + File.separator + "*", "org.syncytium.launcher.Main", "run", scenario.toString(),
                "--out", out.toString()));
        command.addAll(List.of(extra));
        Path log = Files.createTempFile(folder, "mpirun", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("mpirun -np " + ranks + " did not finish in 300 s: " + Files.readString(log));
        }
        assertEquals(0, process.exitValue(), () -> "mpirun -np " + ranks + " failed: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
