package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.launcher.felix.EmbeddedFramework;

/**
 * A NESTML file dropped into Apache Felix File Install's watched folder becomes a model, a changed file
 * replaces it, a deleted file removes it; and the Gogo shell commands nestml:load / list / unload.
 */
class NestmlDeployIT {

    @TempDir
    Path folder;

    private static final String MODEL = String.join("\n",
            "model deployed_it:",
            "    state:",
            "        V_m mV = E_L",
            "    equations:",
            "        V_m' = -(V_m - E_L) / tau_m",
            "    parameters:",
            "        E_L mV = -70 mV",
            "        tau_m ms = 10 ms",
            "    update:",
            "        integrate_odes()",
            "");

    @Test
    void filesInTheWatchedFolderComeAndGo() throws Exception {
        Path deploy = Files.createDirectories(folder.resolve("deploy"));
        System.setProperty("felix.fileinstall.dir", deploy.toString());
        System.setProperty("felix.fileinstall.poll", "50");
        System.setProperty("felix.fileinstall.noInitialDelay", "true");
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            BundleContext context = framework.framework().getBundleContext();
            // as the shell does: File Install comes after the plugins; the nestml bundle notices it
            Path jar;
            try (var files = Files.list(DistributionFolders.home().resolve("tools"))) {
                jar = files.filter(p -> p.getFileName().toString().startsWith("org.apache.felix.fileinstall")).findFirst().orElseThrow();
            }
            context.installBundle(jar.toUri().toString()).start();

            Path file = deploy.resolve("deployed.nestml");
            Files.writeString(file, MODEL);
            waitFor(() -> models(factory).contains("deployed_it"), "the dropped file's model appears");

            Files.writeString(file, MODEL.replace("model deployed_it:", "model deployed_it_v2:"));
            waitFor(() -> models(factory).contains("deployed_it_v2") && !models(factory).contains("deployed_it"),
                    "the changed file replaces the model");

            Files.delete(file);
            waitFor(() -> !models(factory).contains("deployed_it_v2"), "the deleted file's model goes");
        } finally {
            System.clearProperty("felix.fileinstall.dir");
            System.clearProperty("felix.fileinstall.poll");
            System.clearProperty("felix.fileinstall.noInitialDelay");
        }
    }

    @Test
    void shellCommandsLoadListAndUnload() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            BundleContext context = framework.framework().getBundleContext();
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(osgi.command.scope=nestml)");
            assertTrue(refs != null && refs.length == 1, "the nestml shell commands are registered");
            Object commands = context.getService(refs[0]);
            Path file = folder.resolve("shell.nestml");
            Files.writeString(file, MODEL);
            assertEquals("loaded deployed_it from " + file, printed(commands, "load", file.toString()));
            assertTrue(models(factory).contains("deployed_it"));
            assertTrue(printed(commands, "list").contains("deployed_it"));
            Files.writeString(file, MODEL.replace("(V_m - E_L) / tau_m", "(V_m - E_L) / tau_m + E_L"));
            String bad = printed(commands, "load", file.toString());
            assertTrue(bad.startsWith("error: " + file + ":5: unit mismatch"), bad);
            assertTrue(models(factory).contains("deployed_it"), "the bad file changed nothing");
            assertEquals("removed deployed_it", printed(commands, "unload", file.toString()));
            waitFor(() -> !models(factory).contains("deployed_it"), "unloaded");
        }
    }

    /** What the command prints on stdout and stderr, trimmed. */
    private static String printed(Object target, String name, String... args) throws Exception {
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, String.class);
        Method m = target.getClass().getMethod(name, types);
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        java.io.PrintStream capture = new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            m.invoke(target, (Object[]) args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8).trim();
    }

    private static List<String> models(SimulatorFactory factory) {
        return factory.catalog().installed(NeuronModel.class).stream().map(NeuronModel::name).toList();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
