package org.syncytium.core.settings;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * The settable kernel settings (NEST's names and units) and the rules for changing them. A
 * {@link #apply} call validates every key against a staged copy and commits only if all pass.
 */
@Singleton
public final class KernelSettings {
    private static final String OWNER = "kernel";
    private static final long SEED_LIMIT = 1L << 32;

    private final ExtensionRegistry registry;
    private Map<String, Object> values = new LinkedHashMap<>();

    @Inject
    public KernelSettings(ExtensionRegistry registry) {
        this.registry = registry;
    }

    /** Step h in ms. */
    public double resolution() {
        return (Double) view(false, false).get(KernelKeys.RESOLUTION);
    }

    /** {@code rng_seed}, in (0, 2^32). */
    public long rngSeed() {
        return (Long) view(false, false).get(KernelKeys.RNG_SEED);
    }

    /** {@code total_num_virtual_procs} (one process: equal to {@code local_num_threads}). */
    public int virtualProcesses() {
        return ((Long) view(false, false).get(KernelKeys.VIRTUAL_PROCESSES)).intValue();
    }

    /** {@code print_time}. */
    public boolean printTime() {
        return (Boolean) view(false, false).get(KernelKeys.PRINT_TIME);
    }

    /** Folder for recorder files; the working folder if {@code data_path} is empty. */
    public Path dataPath() {
        String path = (String) view(false, false).get(KernelKeys.DATA_PATH);
        return Path.of(path.isEmpty() ? "" : path).toAbsolutePath();
    }

    /** {@code data_prefix}. */
    public String dataPrefix() {
        return (String) view(false, false).get(KernelKeys.DATA_PREFIX);
    }

    /** Name of the selected coupling solver; empty if none is installed. */
    public String solverName() {
        return (String) view(false, false).get(KernelKeys.COUPLING_SOLVER);
    }

    /**
     * Fixes the default solver choice once a network runs, so that uninstalling it is reported
     * instead of silently falling back to another solver.
     */
    public void pinSolver() {
        String name = solverName();
        if (!values.containsKey(KernelKeys.COUPLING_SOLVER) && !name.isEmpty()) {
            Map<String, Object> pinned = new LinkedHashMap<>(values);
            pinned.put(KernelKeys.COUPLING_SOLVER, name);
            values = pinned;
        }
    }

    /** The selected coupling solver, if it is installed. */
    public Optional<CouplingSolver> solver() {
        return registry.find(CouplingSolver.class, solverName());
    }

    /** The settings as solvers see them now. */
    public SettingsView view(boolean nodesExist, boolean connectionsExist) {
        return new SettingsView(values, registry, nodesExist, connectionsExist);
    }

    /**
     * The settings resolved once (user values, kernel and solver defaults) for a run: looking a
     * value up is then one hash lookup, without touching the registry, so slices do not allocate.
     */
    public SettingsView snapshot(boolean nodesExist, boolean connectionsExist) {
        return new SettingsView(new HashMap<>(values()), registry, nodesExist, connectionsExist);
    }

    /** All settable keys: the kernel's and every installed solver's, in listing order. */
    public Set<String> settableNames() {
        Set<String> names = new LinkedHashSet<>(KernelKeys.SETTABLE);
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            names.addAll(solver.parameters().names());
        }
        return names;
    }

    /** Current value of every settable key. */
    public Map<String, Object> values() {
        SettingsView view = view(false, false);
        Map<String, Object> all = new LinkedHashMap<>();
        for (String name : settableNames()) {
            all.put(name, view.get(name));
        }
        return all;
    }

    /**
     * Validates all {@code changes} against the staged state, then commits them together.
     *
     * @throws UnknownNameException for an unknown key (with a suggestion)
     * @throws BadPropertyException for a bad value or a read-only key
     * @throws KernelException      for a key that may not change in the current state
     */
    public void apply(Map<String, ?> changes, boolean nodesExist, boolean connectionsExist) {
        Set<String> settable = settableNames();
        List<String> known = new ArrayList<>(settable);
        known.addAll(KernelKeys.READ_ONLY);
        for (String key : changes.keySet()) {
            if (KernelKeys.READ_ONLY.contains(key)) {
                throw new BadPropertyException(OWNER, key, changes.get(key), "is read-only");
            }
            if (!settable.contains(key)) {
                throw new UnknownNameException("kernel setting", key, known);
            }
        }
        Map<String, Object> staged = new LinkedHashMap<>(values);
        // the kernel's own keys first, so a solver checks its values against e.g. the new resolution
        for (String key : KernelKeys.SETTABLE) {
            if (changes.containsKey(key)) {
                Object value = checkKernelKey(key, changes.get(key), nodesExist, connectionsExist, staged);
                if (value != null) {
                    staged.put(key, value);
                }
            }
        }
        if (changes.containsKey(KernelKeys.USE_WFR) && changes.containsKey(KernelKeys.COUPLING_SOLVER)
                && !staged.get(KernelKeys.COUPLING_SOLVER).equals(
                        useWfrSolver((Boolean) convert(ParameterSpec.bool(KernelKeys.USE_WFR, true, ""),
                                changes.get(KernelKeys.USE_WFR))))) {
            throw new BadPropertyException(OWNER, KernelKeys.COUPLING_SOLVER, changes.get(KernelKeys.COUPLING_SOLVER),
                    "contradicts use_wfr = " + changes.get(KernelKeys.USE_WFR) + " in the same call");
        }
        followResolution(changes, staged);
        if (changes.containsKey(KernelKeys.VIRTUAL_PROCESSES) && changes.containsKey(KernelKeys.LOCAL_THREADS)
                && !staged.get(KernelKeys.VIRTUAL_PROCESSES).equals(checkKernelKey(KernelKeys.VIRTUAL_PROCESSES,
                        changes.get(KernelKeys.VIRTUAL_PROCESSES), nodesExist, connectionsExist,
                        new LinkedHashMap<>()))) {
            throw new BadPropertyException(OWNER, KernelKeys.LOCAL_THREADS, changes.get(KernelKeys.LOCAL_THREADS),
                    "must equal total_num_virtual_procs (" + changes.get(KernelKeys.VIRTUAL_PROCESSES)
                            + ") in a single process");
        }
        SettingsView stagedView = new SettingsView(staged, registry, nodesExist, connectionsExist);
        for (Map.Entry<String, ?> change : changes.entrySet()) {
            if (KernelKeys.SETTABLE.contains(change.getKey())) {
                continue;
            }
            Object converted = null;
            for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
                ParameterSchema schema = solver.parameters();
                if (schema.contains(change.getKey())) {
                    converted = schema.convert(solver.name(), change.getKey(), change.getValue());
                    solver.validate(change.getKey(), converted, stagedView);
                }
            }
            staged.put(change.getKey(), converted);
        }
        values = staged;
    }

    /**
     * NEST's coupling of {@code wfr_comm_interval} to the resolution: {@code use_wfr = False} sets it
     * to h, a resolution change sets it to the new h while WFR is off and raises it to h while WFR is
     * on. A value the user sets in the same call is applied (and validated) after this.
     */
    private void followResolution(Map<String, ?> changes, Map<String, Object> staged) {
        boolean known = registry.installed(CouplingSolver.class).stream()
                .anyMatch(solver -> solver.parameters().contains(KernelKeys.WFR_COMM_INTERVAL));
        if (!known || !(changes.containsKey(KernelKeys.USE_WFR) || changes.containsKey(KernelKeys.RESOLUTION))) {
            return;
        }
        SettingsView view = new SettingsView(staged, registry, false, false);
        double h = view.resolution();
        boolean useWfr = KernelKeys.WFR.equals(view.get(KernelKeys.COUPLING_SOLVER));
        Object current = view.get(KernelKeys.WFR_COMM_INTERVAL);
        if (!useWfr) {
            staged.put(KernelKeys.WFR_COMM_INTERVAL, h);
        } else if (current instanceof Double interval && interval < h) {
            staged.put(KernelKeys.WFR_COMM_INTERVAL, h);
        }
    }

    private Object checkKernelKey(String key, Object raw, boolean nodesExist, boolean connectionsExist,
            Map<String, Object> staged) {
        switch (key) {
            case KernelKeys.RESOLUTION -> {
                double h = (Double) convert(ParameterSpec.real(key, 0.1, "ms", ""), raw);
                if (!(h > 0) || Double.isInfinite(h)) {
                    throw new BadPropertyException(OWNER, key, raw, "must be a positive number of ms");
                }
                if (nodesExist && h != resolution()) {
                    throw new KernelException("resolution can only be changed before nodes have been created");
                }
                return h;
            }
            case KernelKeys.RNG_SEED -> {
                long seed = (Long) convert(ParameterSpec.integer(key, 1, "", ""), raw);
                if (seed <= 0 || seed >= SEED_LIMIT) {
                    throw new BadPropertyException(OWNER, key, raw, "must be in (0, 2^32)");
                }
                return seed;
            }
            case KernelKeys.VIRTUAL_PROCESSES, KernelKeys.LOCAL_THREADS -> {
                long count = (Long) convert(ParameterSpec.integer(key, 1, "", ""), raw);
                if (count < 1) {
                    throw new BadPropertyException(OWNER, key, raw, "must be at least 1");
                }
                // one process: virtual processes and threads are the same number
                String other = key.equals(KernelKeys.VIRTUAL_PROCESSES) ? KernelKeys.LOCAL_THREADS
                        : KernelKeys.VIRTUAL_PROCESSES;
                staged.put(other, count);
                return count;
            }
            case KernelKeys.PRINT_TIME -> {
                return convert(ParameterSpec.bool(key, false, ""), raw);
            }
            case KernelKeys.DATA_PATH -> {
                String path = (String) convert(ParameterSpec.text(key, "", ""), raw);
                if (!path.isEmpty() && !Files.isDirectory(Path.of(path))) {
                    throw new BadPropertyException(OWNER, key, raw, "is not an existing directory");
                }
                return path;
            }
            case KernelKeys.DATA_PREFIX -> {
                String prefix = (String) convert(ParameterSpec.text(key, "", ""), raw);
                if (prefix.contains("/") || prefix.contains("\\")) {
                    throw new BadPropertyException(OWNER, key, raw, "must not contain a path separator");
                }
                return prefix;
            }
            case KernelKeys.USE_WFR -> {
                boolean useWfr = (Boolean) convert(ParameterSpec.bool(key, true, ""), raw);
                if (nodesExist) {
                    throw new KernelException("use_wfr can only be set before nodes have been created");
                }
                String solver = useWfrSolver(useWfr);
                requireSolver(solver);
                staged.put(KernelKeys.COUPLING_SOLVER, solver);
                return null; // use_wfr is derived from coupling_solver, not stored
            }
            case KernelKeys.COUPLING_SOLVER -> {
                String solver = (String) convert(ParameterSpec.text(key, "", ""), raw);
                requireSolver(solver);
                return solver;
            }
            default -> throw new IllegalStateException(key);
        }
    }

    private static String useWfrSolver(boolean useWfr) {
        return useWfr ? KernelKeys.WFR : KernelKeys.STEPWISE;
    }

    private void requireSolver(String name) {
        registry.require(CouplingSolver.class, name, "coupling solver");
    }

    private static Object convert(ParameterSpec spec, Object raw) {
        return ParameterSchema.convert(OWNER, spec, raw);
    }
}
