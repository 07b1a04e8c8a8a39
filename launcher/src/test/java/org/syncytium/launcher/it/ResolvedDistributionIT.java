package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.plugin.ExtensionProvider;
import org.syncytium.launcher.ExtensionPoint;
import org.syncytium.launcher.cli.CommandLines;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.felix.ManifestClauses;

/** Distributions resolved from what a user wants (models, a scenario) with Felix's resolver. */
class ResolvedDistributionIT {

    @TempDir
    Path folder;

    private record Result(int status, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLines.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    private static Set<String> bundles(Path distribution) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> jars = Files.list(distribution.resolve("bundles"))) {
            for (Path jar : jars.toList()) {
                names.add(BundleIndex.read(jar).orElseThrow().symbolicName());
            }
        }
        return names;
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void theSeedScenarioGetsExactlyTheBundlesItNeedsAndRuns() throws Exception {
        Path lean = folder.resolve("seed");
        Result made = cli("distribution", lean.toString(), "--scenario", "../examples/gap_junctions_inhibitory.yaml");
        assertEquals(0, made.status(), made.err());
        Set<String> names = bundles(lean);
        for (String needed : List.of("org.syncytium.core", "org.syncytium.hh-psc-alpha-gap", "org.syncytium.gap-junction",
                "org.syncytium.wfr-solver", "org.syncytium.poisson-generator", "org.syncytium.spike-recorder",
                "org.syncytium.connection-rules", "org.syncytium.static-synapse", "org.syncytium.plugin-support",
                "org.apache.felix.scr", "com.google.inject")) {
            assertTrue(names.contains(needed), needed + " missing from " + names);
        }
        for (String unneeded : List.of("org.syncytium.iaf-psc-alpha", "org.syncytium.multimeter", "org.syncytium.dc-generator",
                "org.syncytium.stepwise-solver")) {
            assertFalse(names.contains(unneeded), unneeded + " is not needed by the seed network: " + names);
        }
        try (EmbeddedFramework framework = EmbeddedFramework.start(lean.resolve("bundles"), null)) {
            assertEquals(List.of(), framework.startProblems());
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            assertTrue(ExtensionPoint.installedIn(factory).test("hh_psc_alpha_gap"));
        }
    }

    @Test
    void modelsByNamePullInWhatTheyImport() throws Exception {
        Path lean = folder.resolve("iaf");
        Result made = cli("distribution", lean.toString(), "--models", "iaf_psc_alpha,multimeter");
        assertEquals(0, made.status(), made.err());
        Set<String> names = bundles(lean);
        assertTrue(names.containsAll(List.of("org.syncytium.iaf-psc-alpha", "org.syncytium.multimeter", "org.syncytium.plugin-support",
                "org.syncytium.core")), names.toString());
        assertFalse(names.contains("org.syncytium.hh-psc-alpha-gap"), names.toString());
    }

    @Test
    void anUnknownModelIsOneLineAndLeavesNothing() throws Exception {
        Result made = cli("distribution", folder.resolve("bad").toString(), "--models", "iaf_psc_alpah");
        assertEquals(CommandLines.ERROR, made.status());
        assertEquals("error: no bundle of the candidates provides extension iaf_psc_alpah (--models); did you mean iaf_psc_alpha?",
                made.err().strip());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aHandListWithoutASupportBundleNamesItAndLeavesNothing() throws Exception {
        Result made = cli("distribution", folder.resolve("hand").toString(), "--include",
                "org.syncytium.core,org.syncytium.spike-recorder,org.apache.*,org.osgi.*,com.google.*,jakarta.*");
        assertEquals(CommandLines.ERROR, made.status());
        assertTrue(made.err().contains("missing package org.syncytium.support.record")
                && made.err().contains("bundle org.syncytium.plugin-support (syncytium-plugin-support-"), made.err());
        assertEquals(1, made.err().strip().lines().count(), made.err());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aRunWithoutTheSolverBundleBlamesTheBundle() throws Exception {
        Path lean = folder.resolve("nowfr");
        assertEquals(0, cli("distribution", lean.toString(), "--scenario", "../examples/gap_junctions_inhibitory.yaml",
                "--exclude", "org.syncytium.wfr-solver").status());
        Result run = cli("--bundles", lean.resolve("bundles").toString(), "run", "../examples/gap_junctions_inhibitory.yaml",
                "--set", "simtime=5", "--out", folder.resolve("out").toString());
        assertEquals(CommandLines.ERROR, run.status());
        assertTrue(run.err().contains("it belongs to coupling solver wfr of bundle org.syncytium.wfr-solver, which this distribution lacks"),
                run.err());
    }

    @Test
    void everyPluginDeclaresExactlyWhatItProvides() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            Set<String> registered = new TreeSet<>();
            for (ExtensionPoint point : ExtensionPoint.ALL) {
                for (ExtensionProvider p : factory.catalog().providers(point.type())) {
                    if (p.origin().startsWith("org.syncytium.") && !p.origin().startsWith("org.syncytium.nestml")) {
                        registered.add(p.origin().split(" ")[0] + " " + p.name());
                    }
                }
            }
            Set<String> declared = new TreeSet<>();
            List<String> pointsSeen = new ArrayList<>();
            for (BundleIndex.Entry entry : BundleIndex.of(List.of(DistributionFolders.bundles())).entries()) {
                for (ManifestClauses c : entry.capabilities()) {
                    if (c.names().contains("org.syncytium.extension")) {
                        declared.add(entry.symbolicName() + " " + c.attributes().get("name"));
                        pointsSeen.add(c.attributes().get("point"));
                    }
                }
            }
            assertEquals(registered, declared, "Provide-Capability in the plugins' bnd.bnd against the services they register");
            assertTrue(pointsSeen.containsAll(List.of("neuron_model", "synapse_model", "connection_rule", "stimulus_device",
                    "recorder", "coupling_solver")));
        }
    }
}
