package org.syncytium.core.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * The synapse model names connect calls use: installed models' and copies' (PyNEST's
 * {@code CopyModel}: a name that stands for an installed model with defaults of its own), and the
 * index of each name a call used, which the connection tables keep per connection. Every process
 * makes the same calls, so the indices agree over processes.
 */
final class SynapseNames {
    /** A copy: the installed model it stands for and its defaults ({@code syn_spec} entries). */
    private record Copy(String base, Map<String, Object> defaults) {
    }

    private final ExtensionRegistry registry;
    private final Map<String, Copy> copies = new LinkedHashMap<>();
    /** Every name a connect call used, in the order of first use. */
    private final List<String> used = new ArrayList<>();
    private final Map<String, Integer> indices = new HashMap<>();

    SynapseNames(ExtensionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Makes {@code name} stand for {@code existing} (installed, or a copy) with {@code defaults} over
     * the existing ones, after {@code check} accepted them for the installed model.
     */
    void copy(String existing, String name, Map<String, ?> defaults, BiConsumer<String, Map<String, Object>> check) {
        if (name == null || name.isEmpty()) {
            throw new BadPropertyException("CopyModel", "new", name, "must be a non-empty model name");
        }
        if (copies.containsKey(name) || ExtensionRegistry.POINTS.stream().anyMatch(point -> registry.isInstalled(point, name))) {
            throw new KernelException("model name \"" + name + "\" exists already");
        }
        Copy from = copies.get(existing);
        String base = from != null ? from.base() : registry.require(SynapseModel.class, existing, "synapse model").name();
        Map<String, Object> merged = new LinkedHashMap<>(from != null ? from.defaults() : Map.of());
        merged.putAll(defaults);
        merged.remove(SynapseValues.MODEL_KEY);
        check.accept(base, merged);
        copies.put(name, new Copy(base, Map.copyOf(merged)));
    }

    /** True if {@code name} was made by {@link #copy}. */
    boolean isCopy(String name) {
        return copies.containsKey(name);
    }

    /** The installed synapse model a name stands for (itself unless it is a copy). */
    String base(String name) {
        Copy copy = copies.get(name);
        return copy == null ? name : copy.base();
    }

    /** The copies' names in the order they were made (NEST numbers them after the installed models). */
    List<String> copyNames() {
        return List.copyOf(copies.keySet());
    }

    /** The synapse model name {@code syn_spec} asks for as written (a copy's own name), null for the default. */
    static String requested(Map<String, ?> synSpec) {
        Object name = synSpec.get(SynapseValues.MODEL_KEY);
        if (name != null && !(name instanceof String)) {
            throw new BadPropertyException("connect", SynapseValues.MODEL_KEY, name, "must be a name (string)");
        }
        return (String) name;
    }

    /**
     * {@code syn_spec} as the installed model takes it: for a copy its defaults under the call's own
     * entries, and the installed model's name; otherwise {@code synSpec} itself.
     */
    Map<String, ?> withCopyDefaults(Map<String, ?> synSpec) {
        Copy copy = synSpec.get(SynapseValues.MODEL_KEY) instanceof String name ? copies.get(name) : null;
        if (copy == null) {
            return synSpec;
        }
        Map<String, Object> spec = new LinkedHashMap<>(copy.defaults());
        spec.putAll(synSpec);
        spec.put(SynapseValues.MODEL_KEY, copy.base());
        return spec;
    }

    /** The index of {@code name} among the used names, added at its first use. */
    int index(String name) {
        Integer index = indices.get(name);
        if (index != null) {
            return index;
        }
        if (used.size() > Short.MAX_VALUE) { // the spike table keeps a name in 2 bytes
            throw new KernelException("more than " + Short.MAX_VALUE + " synapse model names were connected with;"
                    + " connect under fewer names (copies of a model)");
        }
        used.add(name);
        indices.put(name, used.size() - 1);
        return used.size() - 1;
    }

    /** The name with index {@code index}. */
    String name(int index) {
        return used.get(index);
    }

    /** Every name a connect call used, indexed as {@link #index} numbers them. */
    List<String> used() {
        return used;
    }
}
