package org.syncytium.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.synapse.SynapseModel;

/**
 * The extensions currently installed, per extension point, looked up by {@link Extension#name()}.
 * OSGi adds and removes entries as bundles come and go (from any thread), so reads see a
 * copy-on-write snapshot; the kernel never names a plugin class.
 */
public final class ExtensionRegistry {
    /** The extension points, in the order users meet them. */
    public static final List<Class<? extends Extension>> POINTS = List.of(NeuronModel.class, SynapseModel.class,
            ConnectionRule.class, StimulusDevice.class, Recorder.class, CouplingSolver.class);

    private final Map<Class<? extends Extension>, List<Extension>> byPoint = new ConcurrentHashMap<>();

    /** Registers {@code extension} under {@code point} (OSGi: one service interface). */
    public void add(Class<? extends Extension> point, Extension extension) {
        byPoint.computeIfAbsent(point, p -> new CopyOnWriteArrayList<>()).add(extension);
    }

    /** Forgets {@code extension} under {@code point} (its bundle went away). */
    public void remove(Class<? extends Extension> point, Extension extension) {
        List<Extension> list = byPoint.get(point);
        if (list != null) {
            list.remove(extension);
        }
    }

    /** Registers an extension under every point it implements (class-path use). */
    public void add(Extension extension) {
        for (Class<? extends Extension> point : POINTS) {
            if (point.isInstance(extension)) {
                add(point, extension);
            }
        }
    }

    private List<Extension> of(Class<? extends Extension> point) {
        return byPoint.getOrDefault(point, List.of());
    }

    /** The installed extensions of {@code point}, sorted by name. */
    public <T extends Extension> List<T> installed(Class<T> point) {
        List<T> found = new ArrayList<>();
        for (Extension extension : of(point)) {
            found.add(point.cast(extension));
        }
        found.sort(Comparator.comparing(Extension::name));
        return found;
    }

    /** Names of the installed extensions of {@code point}, sorted. */
    public List<String> names(Class<? extends Extension> point) {
        return installed(point).stream().map(Extension::name).toList();
    }

    /** The extension of {@code point} called {@code name}, if installed (the last registered wins). */
    public <T extends Extension> Optional<T> find(Class<T> point, String name) {
        T found = null;
        for (Extension extension : of(point)) {
            if (extension.name().equals(name)) {
                found = point.cast(extension);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The extension of {@code point} called {@code name}.
     *
     * @param what e.g. {@code "connection rule"}, for the message
     * @throws UnknownNameException with the nearest installed name
     */
    public <T extends Extension> T require(Class<T> point, String name, String what) {
        return find(point, name).orElseThrow(() -> new UnknownNameException(what, name, names(point)));
    }

    /** True if an extension of {@code point} with this name is installed (a reinstalled bundle counts). */
    public boolean isInstalled(Class<? extends Extension> point, String name) {
        return find(point, name).isPresent();
    }
}
