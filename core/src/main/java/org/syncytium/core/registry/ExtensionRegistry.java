package org.syncytium.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.plugin.ExtensionProvider;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.synapse.SynapseModel;

/**
 * The extensions currently installed, per extension point, looked up by {@link Extension#name()}.
 * OSGi adds and removes entries as bundles come and go (from any thread), so reads see a
 * copy-on-write snapshot; the kernel never names a plugin class.
 *
 * <p>Several providers may register one name. The kernel uses one of them by OSGi's service
 * order ({@link #PRECEDENCE}): the highest {@code service.ranking}, then the lowest
 * {@code service.id}; the others are shadowed and take over in that order when it goes.
 */
public final class ExtensionRegistry {
    /** The extension points, in the order users meet them. */
    public static final List<Class<? extends Extension>> POINTS = List.of(NeuronModel.class, SynapseModel.class,
            ConnectionRule.class, StimulusDevice.class, Recorder.class, CouplingSolver.class, Communicator.class);

    /** Which of several providers of one name is active: OSGi's order of service references. */
    static final Comparator<Registration> PRECEDENCE = Comparator.comparingInt(Registration::ranking).reversed()
            .thenComparingLong(Registration::serviceId);

    /** One provider of an extension, with what decides its precedence. */
    record Registration(Extension extension, String origin, int ranking, long serviceId) {
    }

    private final Map<Class<? extends Extension>, List<Registration>> byPoint = new ConcurrentHashMap<>();
    private final AtomicLong classPathOrder = new AtomicLong();

    /**
     * Registers {@code extension} under {@code point} (OSGi: one service interface).
     *
     * @param origin    the providing bundle, e.g. {@code "org.syncytium.iaf_psc_alpha 0.1.0"}
     * @param ranking   the service's {@code service.ranking}
     * @param serviceId the service's {@code service.id}
     */
    public void add(Class<? extends Extension> point, Extension extension, String origin, int ranking, long serviceId) {
        byPoint.computeIfAbsent(point, p -> new CopyOnWriteArrayList<>())
                .add(new Registration(extension, origin, ranking, serviceId));
    }

    /** Registers {@code extension} under {@code point} with ranking 0, after every earlier one (class path). */
    public void add(Class<? extends Extension> point, Extension extension) {
        add(point, extension, "class path", 0, classPathOrder.incrementAndGet());
    }

    /** Forgets {@code extension} under {@code point} (its bundle went away). */
    public void remove(Class<? extends Extension> point, Extension extension) {
        List<Registration> list = byPoint.get(point);
        if (list != null) {
            list.removeIf(r -> r.extension() == extension);
        }
    }

    /** Registers an extension under every point it implements (class-path use). */
    public void add(Extension extension) {
        long order = classPathOrder.incrementAndGet();
        for (Class<? extends Extension> point : POINTS) {
            if (point.isInstance(extension)) {
                add(point, extension, "class path", 0, order);
            }
        }
    }

    private List<Registration> of(Class<? extends Extension> point) {
        return byPoint.getOrDefault(point, List.of());
    }

    /** The installed extensions of {@code point}, the active provider of each name, sorted by name. */
    public <T extends Extension> List<T> installed(Class<T> point) {
        List<T> found = new ArrayList<>();
        for (ExtensionProvider provider : providers(point)) {
            if (provider.active()) {
                found.add(point.cast(provider.extension()));
            }
        }
        return found;
    }

    /** Every provider of {@code point}: by name, then active first and the shadowed ones in precedence order. */
    public List<ExtensionProvider> providers(Class<? extends Extension> point) {
        List<Registration> sorted = new ArrayList<>(of(point));
        sorted.sort(Comparator.comparing((Registration r) -> r.extension().name()).thenComparing(PRECEDENCE));
        List<ExtensionProvider> providers = new ArrayList<>();
        String previous = null;
        for (Registration r : sorted) {
            String name = r.extension().name();
            providers.add(new ExtensionProvider(name, r.extension(), r.origin(), r.ranking(), r.serviceId(),
                    !name.equals(previous)));
            previous = name;
        }
        return providers;
    }

    /** Names of the installed extensions of {@code point}, sorted. */
    public List<String> names(Class<? extends Extension> point) {
        return installed(point).stream().map(Extension::name).toList();
    }

    /** The active extension of {@code point} called {@code name}, if installed. */
    public <T extends Extension> Optional<T> find(Class<T> point, String name) {
        Registration best = null;
        for (Registration r : of(point)) {
            if (r.extension().name().equals(name) && (best == null || PRECEDENCE.compare(r, best) < 0)) {
                best = r;
            }
        }
        return best == null ? Optional.empty() : Optional.of(point.cast(best.extension()));
    }

    /**
     * The active extension of {@code point} that declares a role (e.g. the default rule), the first
     * by name if several do; nothing if none does. Scans the registrations without sorting, so it is
     * cheap enough for every connect call.
     */
    public <T extends Extension> Optional<T> findDeclaring(Class<T> point, Predicate<T> declares) {
        T best = null;
        for (Registration r : of(point)) {
            T extension = point.cast(r.extension());
            if (!declares.test(extension) || find(point, extension.name()).orElse(null) != extension) {
                continue; // not declaring, or shadowed by another provider of its name
            }
            if (best == null || extension.name().compareTo(best.name()) < 0) {
                best = extension;
            }
        }
        return Optional.ofNullable(best);
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
