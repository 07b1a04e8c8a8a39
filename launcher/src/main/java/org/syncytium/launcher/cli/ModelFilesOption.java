package org.syncytium.launcher.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.load.ModelFileLoader;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.EmbeddedFramework;

import picocli.CommandLine.Option;

/**
 * {@code --nestml FILE} (repeatable) for {@code run}, {@code models} and {@code sweep}: hands each file to
 * the {@link ModelFileLoader} service of the nestml plugin once the framework is up, so that its models
 * are installed like any other before the command goes on.
 */
public final class ModelFilesOption {

    private static final long LOADER_TIMEOUT_MS = 10_000;

    @Option(names = "--nestml", paramLabel = "FILE",
            description = "Load the neuron and synapse models of a NESTML file (repeatable); code generator options from FILE's .codegen.json.")
    private List<Path> nestml = new ArrayList<>();

    /** The files given. */
    public List<Path> files() {
        return nestml;
    }

    /** Checks that the files exist before anything starts. */
    public void checkFiles() {
        for (Path file : nestml) {
            if (!Files.isRegularFile(file)) {
                throw new LauncherException("--nestml " + file + ": no such file");
            }
        }
    }

    /**
     * Loads every file into the running framework and waits until the kernel lists its models.
     *
     * @return the names of the loaded models, in file order
     */
    public List<String> load(EmbeddedFramework framework, SimulatorFactory factory) {
        if (nestml.isEmpty()) {
            return List.of();
        }
        checkFiles();
        return load(framework, factory, nestml);
    }

    /**
     * Loads {@code files} (existing {@code .nestml} files) into a running framework and waits until
     * the kernel lists their models: for front ends other than the command line (PyNEST's
     * {@code Install}).
     *
     * @return the names of the loaded models, in file order
     */
    public static List<String> load(EmbeddedFramework framework, SimulatorFactory factory, List<Path> files) {
        BundleContext context = framework.framework().getBundleContext();
        ServiceTracker<ModelFileLoader, ModelFileLoader> tracker = new ServiceTracker<>(context, ModelFileLoader.class, null);
        tracker.open();
        try {
            ModelFileLoader loader = waitFor(tracker);
            List<String> names = new ArrayList<>();
            for (Path file : files) {
                names.addAll(loader.load(file));
            }
            awaitInCatalog(factory, names);
            return names;
        } finally {
            tracker.close();
        }
    }

    private static ModelFileLoader waitFor(ServiceTracker<ModelFileLoader, ModelFileLoader> tracker) {
        long deadline = System.currentTimeMillis() + LOADER_TIMEOUT_MS;
        try {
            while (System.currentTimeMillis() < deadline) {
                for (ModelFileLoader loader : tracker.getServices(new ModelFileLoader[0])) {
                    if ("nestml".equals(loader.extension())) {
                        return loader;
                    }
                }
                tracker.waitForService(100);
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for the nestml plugin");
        }
        throw new LauncherException("--nestml: no bundle loads .nestml files (the nestml plugin, org.syncytium.nestml, "
                + "is not in the bundle folder)");
    }

    /** DS binds new services to the kernel as they come; wait (at most 2 s) until it lists them. */
    private static void awaitInCatalog(SimulatorFactory factory, List<String> names) {
        for (int poll = 0; poll < 80; poll++) {
            List<String> installed = new ArrayList<>(factory.catalog().installed(NeuronModel.class).stream().map(NeuronModel::name).toList());
            installed.addAll(factory.catalog().installed(SynapseModel.class).stream().map(SynapseModel::name).toList());
            if (installed.containsAll(names)) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
