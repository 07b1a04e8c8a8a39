package org.syncytium.launcher.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults tried on the real command line in a child process: interrupts (real SIGINT and SIGTERM),
 * two processes wanting one folder, bundles that hang or throw inside the real framework, a network
 * too large for the heap. Each test's name starts with its catalogue id.
 */
class CatalogueIT {

    /** The ids of the faults this class tries, for the catalogue's count. */
    static final List<String> IDS = List.of("I1", "I2", "I3", "I4", "I5", "I6", "B8", "B9", "B10", "R10");

    private static final String SEED = Path.of("../examples/gap_junctions_inhibitory.yaml").toAbsolutePath().toString();
    private static final String SINGLE = Path.of("../examples/single_neuron.yaml").toAbsolutePath().toString();
    private static final Pattern KEPT = Pattern.compile("interrupted: kept (\\d+) of (\\d+) points \\((.*)\\) in out; the others were not written");

    @TempDir
    Path folder;

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A run of the seed network, interrupted with {@code signal} once the simulation is under way. */
    private void interruptRun(String signal, int status) throws Exception {
        try (Child run = Child.start(folder, Map.of(), "run", SEED, "--out", "out")) {
            assertTrue(run.awaitErr(err -> err.contains("Model time"), 120), run.err());
            run.signal(signal);
            assertEquals(status, run.exit(30), run.err());
            assertTrue(run.lastErrLine().matches("interrupted at model time \\d+\\.\\d ms; no outputs written"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertEquals(List.of(), names(folder), "no output folder, staging folder or lock left");
    }

    @Test
    void i1SigtermDuringARunWritesNothing() throws Exception {
        interruptRun("TERM", 143);
    }

    @Test
    void i2CtrlCDuringARunWritesNothing() throws Exception {
        interruptRun("INT", 130);
    }

    @Test
    void i3InterruptedSweepKeepsTheFinishedPointsComplete() throws Exception {
        try (Child sweep = Child.start(folder, Map.of(), "sweep", SINGLE, "--param", "I_e=0:4000:10", "--jobs", "1",
                "--out", "out")) {
            assertTrue(sweep.awaitErr(err -> err.contains("[ 3/401 ]"), 120), sweep.err());
            sweep.signal("TERM");
            assertEquals(143, sweep.exit(30), sweep.err());
            Matcher kept = KEPT.matcher(sweep.lastErrLine());
            assertTrue(kept.matches(), sweep.err());
            int points = Integer.parseInt(kept.group(1));
            assertTrue(points >= 3 && points < 401, sweep.lastErrLine());
            Path out = folder.resolve("out");
            assertEquals(List.of("out"), names(folder), "only the output folder");
            List<String> written = names(out);
            assertTrue(written.containsAll(List.of("manifest.json", "points", "sweep.csv", "sweep.png")), written.toString());
            assertTrue(written.stream().noneMatch(name -> name.startsWith(".")), "no temporaries: " + written);
            assertEquals(points + 1, Files.readAllLines(out.resolve("sweep.csv")).size(), "a row per kept point");
            List<String> pointFolders = names(out.resolve("points"));
            assertEquals(points, pointFolders.size());
            for (String point : pointFolders) {
                assertEquals(List.of("spikes.csv", "summary.json", "vm.csv"), names(out.resolve("points").resolve(point)), point);
            }
            assertTrue(kept.group(3).startsWith("I_e=0, I_e=10"), kept.group(3));
        }
    }

    @Test
    void i4SweepInterruptedBeforeAnyPointWritesNothing() throws Exception {
        try (Child sweep = Child.start(folder, Map.of(), "sweep", SEED, "--param", "gap_weight=0.1,0.2", "--out", "out")) {
            assertTrue(sweep.awaitErr(err -> err.contains("Sweep of gap_weight"), 120), sweep.err());
            Thread.sleep(1500); // inside the first points (each takes many seconds)
            sweep.signal("TERM");
            assertEquals(143, sweep.exit(30), sweep.err());
            assertEquals("interrupted after 0 of 2 points; no outputs written", sweep.lastErrLine(), sweep.err());
        }
        assertEquals(List.of(), names(folder));
    }

    @Test
    void i5InterruptWithOverwriteLeavesThePreviousRunAndTheUsersFiles() throws Exception {
        Path out = OutputFaults.previousRun(folder);
        Files.writeString(out.resolve("draft.tmp"), "mine");
        Files.createDirectories(out.resolve(".recording-mine"));
        List<String> before = names(out);
        try (Child run = Child.start(folder, Map.of(), "run", SEED, "--out", "out", "--overwrite")) {
            assertTrue(run.awaitErr(err -> err.contains("Model time"), 120), run.err());
            run.signal("INT");
            assertEquals(130, run.exit(30), run.err());
            assertTrue(run.lastErrLine().endsWith("; no outputs written"), run.err());
        }
        assertEquals(before, names(out));
        assertEquals("{}", Files.readString(out.resolve("summary.json")));
        assertEquals(List.of("out"), names(folder));
    }

    @Test
    void i6SecondRunIntoAFolderInUseIsRefused() throws Exception {
        // the first run simulates far longer than the test lasts, so however slowly the second JVM
        // starts on a busy machine, the first still holds the folder when the second asks for it
        try (Child first = Child.start(folder, Map.of(), "run", SEED, "--set", "simtime=100000", "--out", "out")) {
            assertTrue(first.awaitErr(err -> err.contains("Model time"), 120), first.err());
            try (Child second = Child.start(folder, Map.of(), "run", SINGLE, "--out", "out")) {
                assertEquals(1, second.exit(120), second.err());
                assertEquals("error: output folder out is in use by another run (process " + first.pid()
                        + "); wait for it to finish or choose another folder with --out DIR", second.err().trim());
            }
            assertTrue(first.alive(), "the first run held the folder throughout: " + first.err());
            first.signal("TERM");
            assertEquals(143, first.exit(30), first.err());
        }
        assertEquals(List.of(), names(folder));
    }

    @Test
    void b8PlainJarInTheBundleFolderIsNamed() throws Exception {
        Path bundles = FaultyBundles.distributionCopy(folder);
        BundleFaults.jar(bundles, "tool.jar", FaultyBundles.plainManifest());
        try (Child list = Child.start(folder, Map.of(), "bundles", "--bundles", bundles.toString())) {
            assertEquals(1, list.exit(60), list.err());
            assertTrue(list.err().contains("error: tool.jar is a plain jar, not an OSGi bundle"), list.err());
        }
    }

    @Test
    void b9BlockingActivatorIsAbandonedAfterTheTimeout() throws Exception {
        Path bundles = FaultyBundles.distributionCopy(folder);
        FaultyBundles.activatorBundle(bundles, "org.example.hang", "Thread.sleep(Long.MAX_VALUE);");
        long start = System.nanoTime();
        try (Child list = Child.start(folder, Map.of("SYNCYTIUM_BUNDLE_START_TIMEOUT", "2"), "bundles", "--bundles",
                bundles.toString())) {
            assertEquals(1, list.exit(60), list.err());
            assertTrue(list.err().contains("error: bundle org.example.hang 1.0.0 did not finish starting within 2 s"),
                    list.err());
        }
        assertTrue(System.nanoTime() - start < 50_000_000_000L, "ended in time");
    }

    @Test
    void b10ThrowingActivatorIsNamedWithItsCause() throws Exception {
        Path bundles = FaultyBundles.distributionCopy(folder);
        FaultyBundles.activatorBundle(bundles, "org.example.fails", "throw new IllegalStateException(\"no licence key\");");
        try (Child run = Child.start(folder, Map.of(), "run", SINGLE, "--bundles", bundles.toString(), "--out", "out")) {
            assertEquals(1, run.exit(60), run.err());
            assertEquals("error: bundle org.example.fails 1.0.0 cannot start: its activator threw IllegalStateException:"
                    + " no licence key", run.err().trim());
        }
    }

    @Test
    void r10NetworkTooLargeForTheHeapIsRefusedBeforeBuilding() throws Exception {
        Path scenario = Files.writeString(folder.resolve("big.yaml"),
                "network:\n  - create: {model: hh_psc_alpha_gap, n: 100000000}\nsimulate: 1\n");
        try (Child run = Child.start(folder, Map.of(), "run", scenario.toString(), "--out", "out")) {
            assertEquals(1, run.exit(60), run.err());
            assertTrue(run.err().trim().matches("error: .*big.yaml:2: 100000000 nodes of hh_psc_alpha_gap need about "
                    + "\\d+\\.\\d GB \\(the network .* in all\\) but Java has \\d+\\.\\d MB available; raise it with"
                    + " JAVA_OPTS=-Xmx\\d+g or make the network smaller"), run.err());
        }
        assertEquals(List.of("big.yaml"), names(folder));
    }
}
