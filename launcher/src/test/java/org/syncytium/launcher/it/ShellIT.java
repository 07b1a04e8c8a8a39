package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.shell.Shell;

/** The live shell in real Felix: bundle life cycle, runs, bad input, the watched deploy folder. */
class ShellIT {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private Shell shell(EmbeddedFramework framework, long startTimeoutMs) {
        BundleIndex index = BundleIndex.of(List.of(DistributionFolders.bundles()));
        return new Shell(framework, index, InputStream.nullInputStream(), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), startTimeoutMs);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs a line and returns what it printed to stdout and stderr. */
    private String run(Shell shell, String line) {
        int o = outBytes.size();
        int e = errBytes.size();
        shell.execute(line);
        return out().substring(o) + err().substring(e);
    }

    @Test
    void bundlesComeAndGoAndScenariosRunInOneFramework() {
        EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null);
        try (Shell shell = shell(framework, 10_000)) {
            String stopped = run(shell, "stop org.syncytium.dc-generator");
            assertTrue(stopped.contains("- stimulus device dc_generator"), stopped);
            String started = run(shell, "start org.syncytium.dc-generator");
            assertTrue(started.contains("+ stimulus device dc_generator"), started);
            String uninstalled = run(shell, "uninstall org.syncytium.dc-generator");
            assertTrue(uninstalled.contains("uninstalled org.syncytium.dc-generator"), uninstalled);
            String installed = run(shell, "install " + DistributionFolders.jar("syncytium-dc-generator-"));
            assertTrue(installed.contains("+ stimulus device dc_generator"), installed);
            String updated = run(shell, "update org.syncytium.dc-generator");
            assertTrue(updated.contains("updated org.syncytium.dc-generator"), updated);

            assertTrue(run(shell, "solver stepwise").contains("{coupling_solver=stepwise}"));
            Path outputs = folder.resolve("swap");
            String ran = run(shell, "run ../examples/solver_swap.yaml --set first=10 --set second=10 --set third=10 --out " + outputs);
            assertTrue(ran.contains("Scenario        solver_swap"), ran);
            assertTrue(Files.isRegularFile(outputs.resolve("summary.json")), ran);
            assertTrue(run(shell, "models iaf_psc_alpha").contains("recordables: V_m, I_syn_ex, I_syn_in"));
        }
    }

    @Test
    void badInputIsOneLineEachAndTheShellGoesOn() throws Exception {
        Path plain = BundleCopies.plainJar(folder.resolve("plain.jar"));
        Path throwing = ActivatorBundles.make(folder, "test.throwing", "throw new IllegalStateException(\"no licence\");");
        Path blocking = ActivatorBundles.make(folder, "test.blocking", "Thread.sleep(4_000);");
        EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null);
        try (Shell shell = shell(framework, 1_000)) {
            assertOneLine(run(shell, "install " + plain), "plain.jar is a plain jar, not an OSGi bundle");
            assertOneLine(run(shell, "install " + throwing), "bundle test.throwing 1.0.0 cannot start: its activator threw IllegalStateException: no licence");
            long start = System.nanoTime();
            assertOneLine(run(shell, "install " + blocking), "bundle test.blocking 1.0.0 did not finish starting within 1 s");
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the shell waited for the blocking activator");
            assertOneLine(run(shell, "frobnicate"), "error: unknown command \"frobnicate\"; type help");
            assertOneLine(run(shell, "stop org.syncytium.dc-genertor"), "no bundle org.syncytium.dc-genertor; did you mean org.syncytium.dc-generator?");
            assertOneLine(run(shell, "install " + folder.resolve("missing.jar")), "no file ");
            assertOneLine(run(shell, "solver stepwsie"), "did you mean \"stepwise\"?");
            assertOneLine(run(shell, "kernel wfr_tol"), "kernel: expected NAME=VALUE");
            // still usable
            assertTrue(run(shell, "models hh_psc_alpha_gap --brief").contains("hh_psc_alpha_gap - "));
        }
    }

    private static void assertOneLine(String output, String expected) {
        assertTrue(output.contains(expected), output);
        assertEquals(1, output.strip().lines().count(), output);
        assertFalse(output.contains("\tat "), output);
    }

    @Test
    void droppedJarsBecomeUsableAndRemovedOnesGo() throws Exception {
        Path deploy = folder.resolve("deploy");
        EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null, Shell.deployProperties(deploy));
        try (Shell shell = shell(framework, 10_000)) {
            shell.watch(deploy, fileInstallJar());
            SimulatorFactory factory = framework.borrowed().simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            Path copy = BundleCopies.renamed(DistributionFolders.jar("syncytium-iaf-psc-alpha-"), folder.resolve("iaf-fast.jar"),
                    "org.example.iaf-fast", 5);
            Files.copy(copy, deploy.resolve("iaf-fast.jar"));
            FrameworkIT.waitFor(() -> providers(factory) == 2);
            assertTrue(factory.catalog().providers(NeuronModel.class).stream()
                    .anyMatch(p -> p.active() && p.origin().startsWith("org.example.iaf-fast")));
            awaitOutput("deploy: iaf-fast.jar is active");

            Files.copy(BundleCopies.plainJar(folder.resolve("plain.jar")), deploy.resolve("plain.jar"));
            awaitOutput("deploy: plain.jar is not an OSGi bundle");

            Files.delete(deploy.resolve("iaf-fast.jar"));
            FrameworkIT.waitFor(() -> providers(factory) == 1);
            awaitOutput("deploy: iaf-fast.jar removed");

            // the folder goes with a bundle in it: the bundle goes too
            Files.copy(copy, deploy.resolve("iaf-fast.jar"));
            FrameworkIT.waitFor(() -> providers(factory) == 2);
            try (Stream<Path> files = Files.list(deploy)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(deploy);
            awaitOutput("vanished");
            FrameworkIT.waitFor(() -> providers(factory) == 1);
            Files.createDirectories(deploy);
            awaitOutput("is back");
            Files.copy(copy, deploy.resolve("iaf-again.jar"));
            awaitOutput("deploy: iaf-again.jar is active");
            FrameworkIT.waitFor(() -> providers(factory) == 2);
            // the same bundle as one of the distribution: File Install adopts it (updates it), and says so
            java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();
            framework.framework().getBundleContext().addBundleListener(event -> {
                if (event.getType() == org.osgi.framework.BundleEvent.UPDATED
                        && "org.syncytium.dc-generator".equals(event.getBundle().getSymbolicName())) {
                    updates.incrementAndGet();
                }
            });
            Files.copy(DistributionFolders.jar("syncytium-dc-generator-"), deploy.resolve("dc.jar"));
            String duplicate = awaitOutput("deploy: dc.jar holds bundle org.syncytium.dc-generator");
            assertTrue(duplicate.contains("installed already") && duplicate.contains("deleting dc.jar uninstalls it"), duplicate);
            FrameworkIT.waitFor(() -> updates.get() > 0 && dcGenerators(factory) == 1);
            Files.delete(deploy.resolve("dc.jar"));
            FrameworkIT.waitFor(() -> dcGenerators(factory) == 0);
            assertTrue(run(shell, "models iaf_psc_alpha --brief").contains("iaf_psc_alpha - "));
        }
    }

    @Test
    void anUnresolvableDropNamesThePackageAndTheBundleExportingIt() throws Exception {
        // a distribution without plugin-support and the plugins that need it
        Path lean = folder.resolve("lean");
        Files.createDirectories(lean);
        try (Stream<Path> jars = Files.list(DistributionFolders.bundles())) {
            for (Path jar : jars.toList()) {
                BundleIndex.Entry entry = BundleIndex.read(jar).orElseThrow();
                boolean needsSupport = entry.imports().stream().anyMatch(c -> c.names().stream().anyMatch(n -> n.startsWith("org.syncytium.support")));
                if (!needsSupport && !entry.symbolicName().equals("org.syncytium.plugin-support")) {
                    Files.copy(jar, lean.resolve(jar.getFileName()));
                }
            }
        }
        Path deploy = folder.resolve("deploy");
        EmbeddedFramework framework = EmbeddedFramework.start(lean, null, Shell.deployProperties(deploy));
        try (Shell shell = shell(framework, 10_000)) {
            shell.watch(deploy, fileInstallJar());
            Files.copy(DistributionFolders.jar("syncytium-spike-recorder-"), deploy.resolve("spikes.jar"));
            String line = awaitOutput("cannot start");
            assertTrue(line.contains("missing package org.syncytium.support."), line);
            assertTrue(line.contains("bundle org.syncytium.plugin-support (syncytium-plugin-support-"), line);
            assertTrue(run(shell, "lb").contains("org.syncytium.spike-recorder"));
        }
    }

    private static long providers(SimulatorFactory factory) {
        return factory.catalog().providers(NeuronModel.class).stream().filter(p -> p.name().equals("iaf_psc_alpha")).count();
    }

    private static long dcGenerators(SimulatorFactory factory) {
        return factory.catalog().installed(StimulusDevice.class).stream().filter(d -> d.name().equals("dc_generator")).count();
    }

    private static Path fileInstallJar() throws IOException {
        try (Stream<Path> files = Files.list(DistributionFolders.home().resolve("tools"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("org.apache.felix.fileinstall")).findFirst().orElseThrow();
        }
    }

    /** Waits up to 10 s for a line containing {@code text} and returns that line. */
    private String awaitOutput(String text) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (String line : (out() + err()).lines().toList()) {
                if (line.contains(text)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line with \"" + text + "\" in:\n" + out() + err());
    }

}
