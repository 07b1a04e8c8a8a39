package org.syncytium.plugins.nestml.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.syncytium.api.load.ModelFileLoader;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.plugins.nestml.codegen.ModelCompiler;
import org.syncytium.plugins.nestml.runtime.CompiledModel;
import org.syncytium.plugins.nestml.runtime.CompiledSynapseModel;
import org.syncytium.plugins.nestml.runtime.NestmlNeuronModel;
import org.syncytium.plugins.nestml.runtime.NestmlSynapseModel;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * The {@code nestml} loader service: compiles {@code .nestml} files and registers each model as a
 * {@link NeuronModel} or (a synapse model) {@link SynapseModel} service of this bundle; reloading a file replaces its models, unloading or
 * stopping the bundle removes them. A model name that another installed model already has is refused.
 */
@Component(service = ModelFileLoader.class, immediate = true)
public final class NestmlLoader implements ModelFileLoader {

    /** Service property naming the file a model came from. */
    public static final String SOURCE = "syncytium.nestml.file";

    private final Map<Path, List<ServiceRegistration<?>>> registrations = new LinkedHashMap<>();
    private final Map<Path, List<String>> names = new LinkedHashMap<>();
    private BundleContext context;
    private ServiceRegistration<?> commands;
    private ServiceRegistration<?> fileInstall;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        Dictionary<String, Object> shell = new Hashtable<>();
        shell.put("osgi.command.scope", "nestml");
        shell.put("osgi.command.function", NestmlCommands.FUNCTIONS);
        // under Object: every bundle (and the launcher's shell) can see and call it by reflection
        commands = bundleContext.registerService(Object.class.getName(), new NestmlCommands(this), shell);
        registerWithFileInstall();
        // File Install may come later (the shell starts it with its deploy folder)
        bundleContext.addBundleListener(bundleListener);
    }

    private final BundleListener bundleListener = event -> {
        if (event.getType() == BundleEvent.STARTED) {
            registerWithFileInstall();
        }
    };

    private synchronized void registerWithFileInstall() {
        if (fileInstall == null && context != null && fileInstallPresent()) {
            fileInstall = context.registerService(FILE_INSTALLER, new NestmlArtifactInstaller(this), null);
        }
    }

    /** File Install's hook for files it does not install as bundles. */
    private static final String FILE_INSTALLER = "org.apache.felix.fileinstall.ArtifactInstaller";

    /** True if Apache Felix File Install's api can be loaded (an optional import of this bundle). */
    private static boolean fileInstallPresent() {
        try {
            Class.forName(FILE_INSTALLER, false, NestmlLoader.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        context.removeBundleListener(bundleListener);
        for (ServiceRegistration<?> reg : new ServiceRegistration<?>[] {commands, fileInstall}) {
            if (reg != null) {
                try {
                    reg.unregister();
                } catch (IllegalStateException e) {
                    // gone with the bundle
                }
            }
        }
        for (Path file : new ArrayList<>(registrations.keySet())) {
            unload(file);
        }
        context = null;
    }

    @Override
    public String extension() {
        return "nestml";
    }

    @Override
    public synchronized List<String> load(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ModelCompiler.Compiled compiled = NestmlFiles.compile(file);
        List<String> newNames = new ArrayList<>();
        List<Object> models = new ArrayList<>();
        for (CompiledModel m : compiled.neurons()) {
            String name = m.layout().modelName();
            checkName(file, key, name, m.layout().line(), newNames);
            newNames.add(name);
            models.add(new NestmlNeuronModel(m));
        }
        for (CompiledSynapseModel m : compiled.synapses()) {
            String name = m.layout().modelName();
            // NESTML's synapse models carry NEST's names (stdp_synapse, ...); NESTML's users suffix them
            if (installedElsewhere(name, key) != null && !newNames.contains(name)) {
                name = name + SUFFIX;
            }
            checkName(file, key, name, m.layout().line(), newNames);
            newNames.add(name);
            models.add(new NestmlSynapseModel(m, name));
        }
        unload(key);
        List<ServiceRegistration<?>> regs = new ArrayList<>();
        for (Object model : models) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(SOURCE, key.toString());
            if (model instanceof NeuronModel neuron) {
                regs.add(context.registerService(NeuronModel.class, neuron, props));
            } else {
                regs.add(context.registerService(SynapseModel.class, (SynapseModel) model, props));
            }
        }
        registrations.put(key, regs);
        names.put(key, List.copyOf(newNames));
        return List.copyOf(newNames);
    }

    /** Suffix of a synapse model whose name an installed model has (as NESTML's examples name generated models). */
    static final String SUFFIX = "_nestml";

    private void checkName(Path file, Path key, String name, int line, List<String> newNames) {
        if (newNames.contains(name)) {
            throw new NestmlException(file.toString(), line, "model " + name + " is defined twice in the file");
        }
        String owner = installedElsewhere(name, key);
        if (owner != null) {
            throw new NestmlException(file.toString(), line,
                    "model name " + name + " collides with an installed model (" + owner + "); rename the model");
        }
    }

    /** Who else provides {@code name} as a neuron or synapse model: a bundle, or another NESTML file; null if nobody. */
    private String installedElsewhere(String name, Path file) {
        String owner = providerOf(NeuronModel.class, name, file);
        return owner != null ? owner : providerOf(SynapseModel.class, name, file);
    }

    private <T extends Extension> String providerOf(Class<T> point, String name, Path file) {
        try {
            Collection<ServiceReference<T>> refs = context.getServiceReferences(point, null);
            for (ServiceReference<T> ref : refs) {
                Object source = ref.getProperty(SOURCE);
                if (source != null && source.equals(file.toString())) {
                    continue; // reloading the same file
                }
                T other = context.getService(ref);
                try {
                    if (other != null && name.equals(other.name())) {
                        return source != null ? "from " + source : "bundle " + ref.getBundle().getSymbolicName();
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    @Override
    public synchronized List<String> unload(Path file) {
        Path key = file.toAbsolutePath().normalize();
        List<ServiceRegistration<?>> regs = registrations.remove(key);
        if (regs == null) {
            return List.of();
        }
        for (ServiceRegistration<?> reg : regs) {
            try {
                reg.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        return names.remove(key);
    }

    @Override
    public synchronized Map<Path, List<String>> loaded() {
        return Map.copyOf(names);
    }
}
