package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.error.SyncytiumException;
import org.syncytium.api.plugin.Extension;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.felix.EmbeddedFramework;

/** Boots real Felix on the built distribution: the user's path through the OSGi bundles. */
class FrameworkIT {

    @TempDir
    Path folder;

    @Test
    void everyBundleOfTheDistributionIsActive() {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            assertEquals(List.of(), framework.startProblems());
            List<BundleInfo> bundles = framework.bundles();
            assertTrue(bundles.size() >= 20, bundles.toString());
            for (BundleInfo bundle : bundles) {
                assertTrue(bundle.active(), bundle.symbolicName() + " is " + bundle.state());
            }
            assertTrue(bundles.stream().anyMatch(b -> b.symbolicName().equals(EmbeddedFramework.KERNEL)));
        }
    }

    @Test
    void uninstalledPluginDisappearsAndComesBack() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            assertTrue(names(factory, StimulusDevice.class).contains("dc_generator"));
            Bundle dc = bundle(framework, "org.syncytium.dc-generator");
            String location = dc.getLocation();

            Simulator running = factory.newSimulator();
            NodeCollection neuron = running.create("hh_psc_alpha_gap", 1);
            NodeCollection current = running.create("dc_generator", 1, Map.of("amplitude", 100.0));
            running.connect(current, neuron, Map.of(), Map.of());

            dc.uninstall();
            waitFor(() -> !names(factory, StimulusDevice.class).contains("dc_generator"));
            try (Simulator fresh = factory.newSimulator()) {
                SyncytiumException e = assertThrows(SyncytiumException.class, () -> fresh.create("dc_generator", 1));
                assertTrue(e.getMessage().contains("dc_generator"), e.getMessage());
            }
            // A network built while the plugin was there names the model it lost.
            SyncytiumException lost = assertThrows(SyncytiumException.class, () -> running.simulate(1.0));
            assertTrue(lost.getMessage().contains("dc_generator"), lost.getMessage());
            running.close();

            framework.framework().getBundleContext().installBundle(location).start();
            waitFor(() -> names(factory, StimulusDevice.class).contains("dc_generator"));
            try (Simulator again = factory.newSimulator()) {
                again.create("dc_generator", 1);
            }
        }
    }

    @Test
    void uninstalledSolverIsNamedWhenAScenarioAsksForIt() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            bundle(framework, "org.syncytium.stepwise-solver").uninstall();
            waitFor(() -> !names(factory, CouplingSolver.class).contains("stepwise"));
            try (Simulator simulator = factory.newSimulator()) {
                SyncytiumException e = assertThrows(SyncytiumException.class,
                        () -> simulator.setKernelStatus(Map.of("use_wfr", false)));
                // core names no solver: the message names the switch and its value
                assertTrue(e.getMessage().contains("use_wfr = false"), e.getMessage());
            }
        }
    }

    @Test
    void unresolvableBundleIsNamedWithWhatItLacks() throws Exception {
        Files.copy(DistributionFolders.jar("syncytium-core-"), folder.resolve("syncytium-core.jar"));
        try (EmbeddedFramework framework = EmbeddedFramework.start(folder, null)) {
            assertEquals(1, framework.startProblems().size());
            String problem = framework.startProblems().get(0);
            assertTrue(problem.startsWith("bundle org.syncytium.core "), problem);
            assertTrue(problem.contains("cannot start: missing package "), problem);
            LauncherException e = assertThrows(LauncherException.class,
                    () -> framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS));
            assertEquals(problem, e.getMessage());
        }
    }

    @Test
    void folderWithoutKernelFailsFast() throws Exception {
        for (String prefix : List.of("syncytium-dc-generator-", "syncytium-plugin-support-", "org.apache.felix.scr-",
                "org.osgi.service.component-", "org.osgi.util.promise-", "org.osgi.util.function-")) {
            Files.copy(DistributionFolders.jar(prefix), folder.resolve(prefix + "x.jar"));
        }
        long start = System.nanoTime();
        try (EmbeddedFramework framework = EmbeddedFramework.start(folder, null)) {
            LauncherException e = assertThrows(LauncherException.class,
                    () -> framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS));
            assertTrue(e.getMessage().contains("kernel bundle org.syncytium.core is missing"), e.getMessage());
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "no 20 s wait");
    }

    @Test
    void missingExtenderIsNamed() throws Exception {
        Files.copy(DistributionFolders.jar("syncytium-dc-generator-"), folder.resolve("dc.jar"));
        // the helper packages it imports are there; only the Declarative Services runtime is not
        Files.copy(DistributionFolders.jar("syncytium-plugin-support-"), folder.resolve("support.jar"));
        try (EmbeddedFramework framework = EmbeddedFramework.start(folder, null)) {
            assertEquals(List.of("bundle org.syncytium.dc-generator " + bundle(framework, "org.syncytium.dc-generator").getVersion()
                    + " cannot start: missing capability osgi.extender osgi.component (version >= 1.5.0, version < 2.0.0),"
                    + " i.e. the Declarative Services runtime (org.apache.felix.scr bundle)"), framework.startProblems());
        }
    }

    @Test
    void missingFolderIsAClearError() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> EmbeddedFramework.start(folder.resolve("missing"), null));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    static Bundle bundle(EmbeddedFramework framework, String symbolicName) {
        for (Bundle bundle : framework.framework().getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    static List<String> names(SimulatorFactory factory, Class<? extends Extension> point) {
        return factory.catalog().installed(point).stream().map(Extension::name).toList();
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached within 5 s");
    }
}
