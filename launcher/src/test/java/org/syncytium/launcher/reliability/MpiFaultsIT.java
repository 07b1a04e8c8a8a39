package org.syncytium.launcher.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs of distributed runs, tried as a user meets them: the repository's {@code syncytium}
 * script with {@code --ranks 2} (which calls mpirun and shows the ranks' lines without mpirun's
 * boxed reports), or a raw {@code mpirun} on it. Each must give one line naming what is wrong, a
 * non-zero exit and no file in the folder the run was started in. Needs Open MPI and a Java 22+
 * (.ci/run installs both); without them the tests fail, they never skip. Test names start with the
 * catalogue id (docs/reliability.md).
 */
class MpiFaultsIT {

    /** The ids of the faults this class tries, for the catalogue's count. */
    static final List<String> IDS = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9");

    private static final Path SCRIPT = Path.of("..", "syncytium").toAbsolutePath().normalize();
    private static final Path SCENARIOS = Path.of("src/test/resources/distributed").toAbsolutePath();
    private static final String MPI_JAVA = System.getenv().getOrDefault("SYNCYTIUM_MPI_JAVA",
            "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    /** A Java older than 22 for the ranks: the one running the build (17 here and in CI), else Debian's 17. */
    private static final String JAVA_17 = Runtime.version().feature() < 22
            ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
            : "/usr/lib/jvm/java-17-openjdk-amd64/bin/java";

    @TempDir
    Path folder;

    @BeforeAll
    static void needsMpi() {
        if (!new File(MPI_JAVA).canExecute()) {
            fail("MPI fault tests need a Java 22+ at " + MPI_JAVA + " (set SYNCYTIUM_MPI_JAVA; .ci/run does)");
        }
        if (which("mpirun").isEmpty()) {
            fail("MPI fault tests need mpirun: apt-get install openmpi-bin libopenmpi-dev (.ci/run does)");
        }
        if (!Files.isDirectory(Path.of(System.getProperty("syncytium.distribution"), "bundles"))) {
            fail("no built distribution at " + System.getProperty("syncytium.distribution"));
        }
    }

    @Test
    void m1RanksWithoutMpirunOnThePath() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        // every program of the usual folders except Open MPI's launchers
        for (String dir : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
            try (Stream<Path> programs = Files.list(Path.of(dir))) {
                for (Path program : programs.toList()) {
                    String name = program.getFileName().toString();
                    if (!name.startsWith("mpi") && !name.startsWith("orte") && !Files.exists(bin.resolve(name),
                            java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(bin.resolve(name), program);
                    }
                }
            } catch (IOException e) {
                // a folder this machine does not have
            }
        }
        Path work = Files.createDirectories(folder.resolve("work"));
        Result result;
        try {
            result = script(work, Map.of("PATH", bin.toString()), "--ranks", "2", "run", scenario("two_neuron_gap"),
                    "--set", "threads=2", "--out", "out");
        } finally {
            try (Stream<Path> links = Files.list(bin)) { // before JUnit's clean-up, which warns about each link
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
        assertEquals(1, result.exit, result.err);
        assertEquals("syncytium: --ranks needs mpirun, which is not installed (Debian: apt-get install openmpi-bin"
                + " libopenmpi-dev)", result.oneLine());
        assertEquals(List.of(), names(work));
    }

    @Test
    void m2LibmpiThatIsNotThere() throws Exception {
        Result result = ranks(Map.of("SYNCYTIUM_LIBMPI", "/nowhere/libmpi.so.40"));
        assertNotEquals(0, result.exit, result.err);
        assertEquals("error: mpi: cannot start MPI: SYNCYTIUM_LIBMPI=/nowhere/libmpi.so.40: no such file (it names"
                + " Open MPI's libmpi.so.40)", result.oneLine());
        assertEquals(List.of(), names(folder));
    }

    @Test
    void m3LibmpiThatCannotBeLoaded() throws Exception {
        Path notALibrary = Files.writeString(Files.createTempFile("libmpi", ".so"), "not a library\n");
        try {
            Result result = ranks(Map.of("SYNCYTIUM_LIBMPI", notALibrary.toString()));
            assertNotEquals(0, result.exit, result.err);
            assertEquals("error: mpi: cannot start MPI: SYNCYTIUM_LIBMPI=" + notALibrary + ": cannot be loaded as a"
                    + " shared library (not a library, or not one for this machine)", result.oneLine());
            assertEquals(List.of(), names(folder));
        } finally {
            Files.delete(notALibrary);
        }
    }

    @Test
    void m4RanksOnJava17() throws Exception {
        if (!new File(JAVA_17).canExecute()) {
            fail("needs a Java 17 at " + JAVA_17 + " to start the ranks on (.ci/run installs openjdk-17-jdk-headless)");
        }
        Result result = ranks(Map.of("SYNCYTIUM_JAVA", JAVA_17, "SYNCYTIUM_MPI_JAVA", "/nowhere/java"));
        assertNotEquals(0, result.exit, result.err);
        int feature = Runtime.version().feature() < 22 ? Runtime.version().feature() : 17;
        assertEquals("error: mpi: this process is one of 2 MPI ranks, but the mpi bundle needs Java 22 or newer and"
                + " runs on Java " + feature + " (set SYNCYTIUM_MPI_JAVA or JAVA_HOME to e.g."
                + " /usr/lib/jvm/temurin-25-jdk-amd64)",
                result.oneLine());
        assertEquals(List.of(), names(folder));
    }

    @Test
    void m5RanksWithoutTheMpiBundle() throws Exception {
        Path bundles = Files.createDirectories(folder.resolve("bundles"));
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("syncytium.distribution"), "bundles"))) {
            for (Path jar : jars.toList()) {
                if (!jar.getFileName().toString().startsWith("syncytium-mpi-")) {
                    Files.copy(jar, bundles.resolve(jar.getFileName()));
                }
            }
        }
        Result result = ranks(Map.of(), "--bundles", bundles.toString());
        assertNotEquals(0, result.exit, result.err);
        assertEquals("error: this process is one of 2 processes of an MPI job, but no installed communicator joins"
                + " them (the bundle folder lacks org.syncytium.mpi); use the default distribution, or make one with"
                + " --include org.syncytium.mpi", result.oneLine());
        assertEquals(List.of("bundles"), names(folder));
    }

    /** Raw mpirun, one rank with another --set: every rank names the parameter; mpirun -q adds nothing. */
    @Test
    void m6RanksThatDisagreeOnAParameter() throws Exception {
        String scenario = scenario("two_neuron_gap");
        Result result = mpmd(List.of("run", scenario, "--set", "threads=2", "--out", "out"),
                List.of("run", scenario, "--set", "threads=2", "--set", "gap_weight=5", "--out", "out"));
        assertNotEquals(0, result.exit, result.err);
        assertEquals("error: process 1 disagrees with process 0 on parameter gap_weight (5.0 vs 20.0): every process"
                + " must run the same scenario with the same seed", result.oneDistinctLine());
        assertEquals(List.of(), names(folder));
    }

    @Test
    void m7RanksThatDisagreeOnTheScenarioFile() throws Exception {
        Path other = Files.writeString(folder.resolve("other.yaml"),
                Files.readString(Path.of(scenario("two_neuron_gap"))).replace("simtime: 60.0", "simtime: 40.0"));
        Result result = mpmd(List.of("run", scenario("two_neuron_gap"), "--set", "threads=2", "--out", "out"),
                List.of("run", other.toString(), "--set", "threads=2", "--out", "out"));
        assertNotEquals(0, result.exit, result.err);
        assertTrue(result.oneDistinctLine().matches("error: process 1 disagrees with process 0 on the scenario file"
                + " \\(other.yaml, sha-256 [0-9a-f]{12} vs two_neuron_gap.yaml, sha-256 [0-9a-f]{12}\\): every process"
                + " must run the same scenario with the same seed"), result.err);
        assertEquals(List.of("other.yaml"), names(folder));
    }

    /** kill -9 of rank 1's JVM while the seed network simulates: one line naming it, nothing written. */
    @Test
    void m8RankKilledMidRun() throws Exception {
        ProcessBuilder builder = builder(folder, Map.of(), "--ranks", "2", "run", scenario("seed_small"), "--set",
                "threads=2", "--set", "simtime=4000", "--out", "out");
        Path err = folder.resolveSibling(folder.getFileName() + "-err.txt");
        Process process = builder.redirectErrorStream(false).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            ProcessHandle rank1 = awaitRank(process, 1, 120);
            Thread.sleep(6000); // the ranks start Felix and build the network; then they simulate
            assertTrue(process.isAlive(), () -> read(err));
            new ProcessBuilder("kill", "-9", Long.toString(rank1.pid())).inheritIO().start().waitFor();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the job ends: " + read(err));
            Result result = new Result(process.exitValue(), read(err));
            assertNotEquals(0, result.exit, result.err);
            assertTrue(result.oneLine().matches("error: process 1 of 2 \\(on \\S+\\) died of signal 9 \\(Killed\\)"
                    + "( at model time [0-9.]+ ms)?; mpirun stopped the others and no outputs were written"),
                    result.err);
            assertEquals(List.of(), names(folder));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    /**
     * kill -9 of rank 1 after rank 0 committed its outputs: the line says the outputs are complete,
     * and they are. Rank 1 then waits in MPI_Finalize for rank 0, which is stopped (SIGSTOP) as soon
     * as its summary (printed after the commit) appears, so the kill lands after the commit and
     * before the job could end well.
     */
    @Test
    void m9RankKilledAfterRankZeroCommitted() throws Exception {
        ProcessBuilder builder = builder(folder, Map.of(), "--ranks", "2", "run", scenario("two_neuron_gap"), "--set",
                "threads=2", "--out", "out");
        Path err = folder.resolveSibling(folder.getFileName() + "-err.txt");
        Path out = folder.resolveSibling(folder.getFileName() + "-out.txt");
        Process process = builder.redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        try {
            ProcessHandle rank0 = awaitRank(process, 0, 120);
            ProcessHandle rank1 = awaitRank(process, 1, 120);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!read(out).contains("Scenario") && process.isAlive() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertTrue(read(out).contains("Scenario"), () -> "rank 0 printed its summary: " + read(err));
            signal("STOP", rank0);
            try {
                assertTrue(rank1.isAlive(), () -> "rank 1 waits for rank 0 in MPI_Finalize: " + read(err));
                signal("KILL", rank1);
                rank1.onExit().get(60, TimeUnit.SECONDS);
            } finally {
                signal("CONT", rank0);
            }
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the job ends: " + read(err));
            Result result = new Result(process.exitValue(), read(err));
            assertNotEquals(0, result.exit, result.err);
            assertTrue(result.oneLine().matches("error: process 1 of 2 \\(on \\S+\\) died of signal 9 \\(Killed\\)"
                    + " after rank 0 had written the outputs; mpirun stopped the others; the outputs in out are complete"
                    + " \\(\\d+ files, listed in its manifest.json\\)"), result.err);
            // beside it nothing but, if mpirun had to SIGKILL rank 0, the lock file a later run takes over
            assertEquals(List.of("out"), names(folder).stream().filter(n -> !n.equals(".out.syncytium-lock")).toList());
            assertTrue(names(folder.resolve("out")).containsAll(List.of("manifest.json", "spikes.csv", "summary.json")),
                    names(folder.resolve("out")).toString());
            int files = Integer.parseInt(result.oneLine().replaceAll(".*\\((\\d+) files.*", "$1"));
            try (Stream<Path> all = Files.walk(folder.resolve("out"))) {
                assertEquals(files, all.filter(Files::isRegularFile).count(), "the count the line gives");
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(err);
            Files.deleteIfExists(out);
        }
    }

    private static void signal(String name, ProcessHandle process) throws Exception {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    /** The JVM of rank {@code rank} among the job's processes (its environment names the rank). */
    private static ProcessHandle awaitRank(Process job, int rank, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && job.isAlive()) {
            // the launcher's JVM, not the 'java -version' the script runs first with the same environment
            Optional<ProcessHandle> found = job.descendants()
                    .filter(p -> proc(p, "cmdline").contains("org.syncytium.launcher.Main"))
                    .filter(p -> ("\0" + proc(p, "environ")).contains("\0OMPI_COMM_WORLD_RANK=" + rank + "\0"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("rank " + rank + " did not start");
    }

    private static String proc(ProcessHandle process, String file) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), file)));
        } catch (IOException e) {
            return "";
        }
    }

    private Result ranks(Map<String, String> env, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--ranks", "2", "run", scenario("two_neuron_gap"), "--set",
                "threads=2", "--out", "out"));
        args.addAll(List.of(more));
        return script(folder, env, args.toArray(String[]::new));
    }

    /** {@code mpirun -q -np 1 syncytium A : -np 1 syncytium B}, as a user would start ranks by hand. */
    private Result mpmd(List<String> first, List<String> second) throws Exception {
        List<String> command = new ArrayList<>(List.of("mpirun", "-q", "--oversubscribe"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--allow-run-as-root");
        }
        command.addAll(List.of("-np", "1", "env", "SYNCYTIUM_NO_BUILD=1", SCRIPT.toString()));
        command.addAll(first);
        command.addAll(List.of(":", "-np", "1", "env", "SYNCYTIUM_NO_BUILD=1", SCRIPT.toString()));
        command.addAll(second);
        return run(new ProcessBuilder(command).directory(folder.toFile()), Map.of());
    }

    private static String scenario(String name) {
        return SCENARIOS.resolve(name + ".yaml").toString();
    }

    private static Result script(Path dir, Map<String, String> env, String... args) throws Exception {
        return run(builder(dir, env, args), env);
    }

    private static ProcessBuilder builder(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SYNCYTIUM_NO_BUILD", "1");
        environment.put("SYNCYTIUM_MPI_JAVA", MPI_JAVA);
        environment.put("JAVA_OPTS", "-Xmx512m");
        environment.putAll(env);
        return builder;
    }

    private static Result run(ProcessBuilder builder, Map<String, String> env) throws Exception {
        builder.environment().putAll(env);
        Path err = Files.createTempFile("mpi-fault", ".err");
        try {
            Process process = builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("did not end in 180 s: " + read(err));
            }
            return new Result(process.exitValue(), read(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Optional<Path> which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return Optional.of(Path.of(dir, program));
            }
        }
        return Optional.empty();
    }

    private record Result(int exit, String err) {
        /** What the user read: the JVM's notice about incubator modules aside, exactly one line. */
        String oneLine() {
            List<String> lines = lines();
            assertEquals(1, lines.size(), "one line expected:\n" + err);
            return lines.get(0);
        }

        /** Under raw mpirun every rank may print the same line: one distinct line. */
        String oneDistinctLine() {
            List<String> lines = lines().stream().distinct().toList();
            assertEquals(1, lines.size(), "one distinct line expected:\n" + err);
            return lines.get(0);
        }

        private List<String> lines() {
            return err.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .filter(l -> !l.startsWith("WARNING: Using incubator modules")).toList();
        }
    }
}
