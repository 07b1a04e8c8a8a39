package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.starter.PluginStarter;

/**
 * {@code syncytium new-plugin} as a user runs it: each kind of plugin is generated outside the
 * source tree, built by Maven against Syncytium's published coordinates (a private local
 * repository in target/), its tests pass, and the bundles it makes run in a distribution as they are.
 */
class StarterIT {

    private static final Map<String, String> NAMES = Map.of("neuron", "my_lif", "rule", "my_ring", "recorder", "my_counter",
            "solver", "my_solver");

    @Test
    void everyKindBuildsWithMavenAndRunsInTheDistribution() throws Exception {
        Path root = Path.of(System.getProperty("syncytium.root", "..")).toAbsolutePath().normalize();
        String version = PluginStarter.syncytiumVersion();
        String rootPom = Files.readString(root.resolve("pom.xml"));
        assertTrue(rootPom.contains("<syncytium.version>" + version + "</syncytium.version>"),
                "the root pom's syncytium.version must equal the project version " + version);

        Path work = root.resolve("launcher/target/starter-it");
        deleteRecursively(work);
        Path outer = Path.of(System.getProperty("syncytium.outer.repository",
                System.getProperty("user.home") + "/.m2/repository"));
        Path repository = PrivateRepository.create(work.resolve("repository"), outer, root, version);

        List<String> modules = new ArrayList<>();
        for (String kind : List.of("neuron", "rule", "recorder", "solver")) {
            PluginStarter.create(kind, NAMES.get(kind), "org.example", work.resolve(kind));
            modules.add("    <module>" + kind + "</module>");
        }
        // one Maven run for the four standalone projects (an aggregator, not a parent)
        Files.writeString(work.resolve("pom.xml"), "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>org.example.it</groupId><artifactId>all</artifactId><version>1</version><packaging>pom</packaging>\n<modules>\n"
                + String.join("\n", modules) + "\n</modules></project>\n");

        Path log = work.resolve("build.log");
        String home = System.getProperty("syncytium.maven.home", "");
        String mvn = home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
        Process build = new ProcessBuilder(mvn, "-B", "-Dstyle.color=never", "-Dmaven.repo.local=" + repository, "verify")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(build.waitFor(8, TimeUnit.MINUTES), "the Maven build of the generated projects took over 8 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, build.exitValue(), "Maven failed on the generated projects:\n" + tail(output));

        List<Path> jars = new ArrayList<>();
        for (String kind : List.of("neuron", "rule", "recorder", "solver")) {
            String artifact = NAMES.get(kind).replace('_', '-');
            assertTrue(testsRun(output, artifact) > 0, "no tests ran for " + kind + ":\n" + tail(output));
            Path jar = work.resolve(kind).resolve("target").resolve(artifact + "-1.0.0.jar");
            try (JarFile file = new JarFile(jar.toFile())) {
                String capability = file.getManifest().getMainAttributes().getValue("Provide-Capability");
                assertTrue(capability.contains("org.syncytium.extension") && capability.contains(NAMES.get(kind)), capability);
            }
            jars.add(jar);
        }

        // the bundles as they are, added to the distribution's bundle folder
        Path bundles = work.resolve("bundles");
        Files.createDirectories(bundles);
        try (Stream<Path> shipped = Files.list(DistributionFolders.bundles())) {
            for (Path jar : shipped.toList()) {
                Files.copy(jar, bundles.resolve(jar.getFileName()));
            }
        }
        for (Path jar : jars) {
            Files.copy(jar, bundles.resolve(jar.getFileName()));
        }
        try (EmbeddedFramework framework = EmbeddedFramework.start(bundles, null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            try (Simulator sim = factory.newSimulator()) {
                sim.setKernelStatus(Map.of("coupling_solver", "my_solver", "resolution", 0.1));
                NodeCollection lif = sim.create("my_lif", 10, Map.of("I_e", 500.0));
                NodeCollection hh = sim.create("hh_psc_alpha_gap", 2, Map.of("I_e", 200.0));
                sim.connect(lif, lif, Map.of("rule", "my_ring", "neighbours", 2), Map.of("weight", 0.5, "delay", 1.0));
                sim.connect(hh, hh, Map.of("rule", "all_to_all", "allow_autapses", false),
                        Map.of("synapse_model", "gap_junction", "weight", 0.5));
                NodeCollection counter = sim.create("my_counter", 1);
                sim.connect(lif, counter, Map.of(), Map.of());
                sim.simulate(50.0);
                long events = ((Number) counter.get("n_events")).longValue();
                assertTrue(events >= 10 * 2, "the LIF neurons at 500 pA fire every ~10 ms: " + events + " spikes counted");
                assertEquals(20L, ((Number) sim.getKernelStatus("num_connections")).longValue() - 10 - 2,
                        "ring connections (10 targets x 2 neighbours)");
            }
        }
    }

    private static int testsRun(String output, String artifact) {
        // surefire prints "Tests run: N, ..." per module; the module's banner names the artifact
        int at = output.indexOf("Building " + artifact.replace('-', '_'));
        if (at < 0) {
            at = output.indexOf(artifact);
        }
        Matcher m = Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0").matcher(output);
        return at >= 0 && m.find(at) ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String tail(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteRecursively(child);
                }
            }
        }
        Files.delete(path); // a symbolic link goes, never what it points to
    }
}
