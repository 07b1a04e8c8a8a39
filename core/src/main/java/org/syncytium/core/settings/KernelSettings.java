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
import org.syncytium.api.comm.Communicator;
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
    private final int processes;
    private Map<String, Object> values = new LinkedHashMap<>();

    /**
     * @param communicator the run's processes: {@code total_num_virtual_procs} is
     *                     {@code local_num_threads} times their number
     */
    @Inject
    public KernelSettings(ExtensionRegistry registry, Communicator communicator) {
        this.registry = registry;
        this.processes = communicator.size();
    }

    /** Step h in ms. */
    public double resolution() {
        return (Double) view(false, false).get(KernelKeys.RESOLUTION);
    }

    /** {@code tics_per_ms}: the resolution is a whole number of tics of 1/tics_per_ms ms. */
    public double ticsPerMs() {
        return (Double) view(false, false).get(KernelKeys.TICS_PER_MS);
    }

    /**
     * A whole number of steps in ms, computed from tics so that a time given in decimal ms comes back
     * as the same double (21 steps of 0.1 ms are 2.1, where 21 * 0.1 is 2.1000000000000001).
     */
    public double stepsToMs(long steps) {
        return stepsToMs(steps, resolution(), ticsPerMs());
    }

    /**
     * {@link #stepsToMs(long)} for the current resolution as a function that reads no settings: for
     * loops that convert per spike or per connection (the settings are a view built per call).
     */
    public java.util.function.LongToDoubleFunction stepsToMsNow() {
        double h = resolution();
        double tics = ticsPerMs();
        return steps -> stepsToMs(steps, h, tics);
    }

    private static double stepsToMs(long steps, double h, double tics) {
        return steps * Math.round(h * tics) / tics;
    }

    /**
     * Refuses a time off the grid of the resolution, as NEST does for device times: the time is
     * rounded to tics and must be a whole number of steps. Times too large for exact tics (a stop of
     * "never") are on every grid.
     *
     * @param owner the model, for the message
     * @param name  the parameter
     * @param ms    the time in ms
     */
    public void checkOnGrid(String owner, String name, double ms) {
        double tics = ticsPerMs();
        double exact = ms * tics;
        if (!Double.isFinite(exact) || Math.abs(exact) >= 0x1p53) {
            return;
        }
        if (Math.floorMod(Math.round(exact), Math.round(resolution() * tics)) != 0) {
            throw new BadPropertyException(owner, name, ms, "must be a multiple of the resolution (" + resolution()
                    + " ms)");
        }
    }

    /** {@code rng_seed}, in (0, 2^32). */
    public long rngSeed() {
        return (Long) view(false, false).get(KernelKeys.RNG_SEED);
    }

    /** {@code total_num_virtual_procs}: {@code local_num_threads} times the number of processes. */
    public int virtualProcesses() {
        return localThreads() * processes;
    }

    /** {@code local_num_threads}: the virtual processes of this process. */
    public int localThreads() {
        return ((Long) view(false, false).get(KernelKeys.LOCAL_THREADS)).intValue();
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

    /** {@code overwrite_files}: whether recorders may replace files that existed before the run. */
    public boolean overwriteFiles() {
        return (Boolean) view(false, false).get(KernelKeys.OVERWRITE_FILES);
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

    /**
     * The delay extrema set before connecting, in steps of the current resolution; empty while the
     * connections decide them.
     */
    public Optional<DelayBounds> delayBounds() {
        Object min = values.get(KernelKeys.MIN_DELAY);
        if (min == null) {
            return Optional.empty();
        }
        // stored already on the grid of the resolution (see stageDelayExtrema)
        return Optional.of(DelayBounds.round((Double) min, (Double) values.get(KernelKeys.MAX_DELAY), resolution()));
    }

    /** The selected coupling solver, if it is installed. */
    public Optional<CouplingSolver> solver() {
        return registry.find(CouplingSolver.class, solverName());
    }

    /** The settings as solvers see them now. */
    public SettingsView view(boolean nodesExist, boolean connectionsExist) {
        return new SettingsView(values, registry, processes, nodesExist, connectionsExist);
    }

    /**
     * The settings resolved once (user values, kernel and solver defaults) for a run: looking a
     * value up is then one hash lookup, without touching the registry, so slices do not allocate.
     */
    public SettingsView snapshot(boolean nodesExist, boolean connectionsExist) {
        return new SettingsView(new HashMap<>(values()), registry, processes, nodesExist, connectionsExist);
    }

    /** All settable keys: the kernel's, the solvers' switches and every installed solver's, in listing order. */
    public Set<String> settableNames() {
        Set<String> names = new LinkedHashSet<>(KernelKeys.SETTABLE);
        names.addAll(switchNames());
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            names.addAll(solver.parameters().names());
        }
        return names;
    }

    /** Boolean settings that select a solver (NEST's {@code use_wfr}), as the installed solvers declare them. */
    public Set<String> switchNames() {
        Set<String> names = new LinkedHashSet<>();
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            if (!solver.switchName().isEmpty()) {
                names.add(solver.switchName());
            }
        }
        return names;
    }

    /** Read-only entries: the kernel's and the iterating solvers' statistics. */
    public List<String> readOnlyNames() {
        List<String> names = new ArrayList<>(KernelKeys.READ_ONLY);
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            String prefix = solver.statisticsPrefix();
            if (!prefix.isEmpty()) {
                names.addAll(List.of(prefix + KernelKeys.ITERATIONS_MEAN, prefix + KernelKeys.ITERATIONS_MAX,
                        prefix + KernelKeys.ITERATIONS_HISTOGRAM, prefix + KernelKeys.MAX_ITERATIONS_REACHED,
                        prefix + KernelKeys.TRIAL_NEURON_PASSES, prefix + KernelKeys.SKIPPED_NEURON_PASSES));
            }
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
        Set<String> switches = switchNames();
        List<String> readOnly = readOnlyNames();
        List<String> known = new ArrayList<>(settable);
        known.addAll(KernelKeys.DELAY_EXTREMA);
        known.addAll(readOnly);
        for (String key : changes.keySet()) {
            if (readOnly.contains(key)) {
                throw new BadPropertyException(OWNER, key, changes.get(key), "is read-only");
            }
            if (!settable.contains(key) && !KernelKeys.DELAY_EXTREMA.contains(key)) {
                throw new UnknownNameException("kernel setting", key, known);
            }
        }
        if (changes.containsKey(KernelKeys.TICS_PER_MS) && !changes.containsKey(KernelKeys.RESOLUTION)) {
            // NEST's rule: the time representation changes as a whole, and only before nodes exist
            throw new KernelException("tics_per_ms can only be changed " + (nodesExist ? "before nodes have been created"
                    : "together with resolution (set both in one call)"));
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
        stageDelayExtrema(changes, connectionsExist, staged);
        String switched = null;
        for (String key : switches) {
            if (changes.containsKey(key)) {
                boolean value = (Boolean) convert(ParameterSpec.bool(key, true, ""), changes.get(key));
                if (nodesExist) {
                    throw new KernelException(key + " can only be set before nodes have been created");
                }
                String solver = switchedSolver(key, value);
                if (switched != null && !switched.equals(solver)) {
                    throw new BadPropertyException(OWNER, key, changes.get(key), "contradicts the other switches of"
                            + " the same call");
                }
                switched = solver;
                if (changes.containsKey(KernelKeys.COUPLING_SOLVER)
                        && !staged.get(KernelKeys.COUPLING_SOLVER).equals(solver)) {
                    throw new BadPropertyException(OWNER, KernelKeys.COUPLING_SOLVER,
                            changes.get(KernelKeys.COUPLING_SOLVER),
                            "contradicts " + key + " = " + changes.get(key) + " in the same call");
                }
                staged.put(KernelKeys.COUPLING_SOLVER, solver);
            }
        }
        followResolution(changes, switched != null, staged);
        if (changes.containsKey(KernelKeys.VIRTUAL_PROCESSES) && changes.containsKey(KernelKeys.LOCAL_THREADS)
                && (Long) convert(ParameterSpec.integer(KernelKeys.VIRTUAL_PROCESSES, 1, "", ""),
                        changes.get(KernelKeys.VIRTUAL_PROCESSES)) != processes * (Long) staged.get(
                                KernelKeys.LOCAL_THREADS)) {
            throw new BadPropertyException(OWNER, KernelKeys.LOCAL_THREADS, changes.get(KernelKeys.LOCAL_THREADS),
                    "must equal total_num_virtual_procs (" + changes.get(KernelKeys.VIRTUAL_PROCESSES)
                            + ") / num_processes (" + processes + ")");
        }
        SettingsView stagedView = new SettingsView(staged, registry, processes, nodesExist, connectionsExist);
        for (Map.Entry<String, ?> change : changes.entrySet()) {
            if (KernelKeys.SETTABLE.contains(change.getKey()) || switches.contains(change.getKey())
                    || KernelKeys.DELAY_EXTREMA.contains(change.getKey())) {
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
     * NEST's user-set delay extrema: min_delay and max_delay only together and only before any
     * connection exists, kept rounded to the grid (min_delay down, max_delay up); a later resolution
     * rounds them again from there, as NEST does.
     */
    private void stageDelayExtrema(Map<String, ?> changes, boolean connectionsExist, Map<String, Object> staged) {
        boolean min = changes.containsKey(KernelKeys.MIN_DELAY);
        boolean max = changes.containsKey(KernelKeys.MAX_DELAY);
        if (min != max) {
            String given = min ? KernelKeys.MIN_DELAY : KernelKeys.MAX_DELAY;
            throw new BadPropertyException(OWNER, given, changes.get(given), "must be set together with "
                    + (min ? KernelKeys.MAX_DELAY : KernelKeys.MIN_DELAY) + " in one call");
        }
        double minMs;
        double maxMs;
        if (min) {
            if (connectionsExist) {
                throw new BadPropertyException(OWNER, KernelKeys.MIN_DELAY, changes.get(KernelKeys.MIN_DELAY),
                        "cannot be set now: min_delay and max_delay can only be set before connections have been"
                        + " created (ResetKernel removes them)");
            }
            minMs = (Double) convert(ParameterSpec.real(KernelKeys.MIN_DELAY, 1.0, "ms", ""),
                    changes.get(KernelKeys.MIN_DELAY));
            maxMs = (Double) convert(ParameterSpec.real(KernelKeys.MAX_DELAY, 1.0, "ms", ""),
                    changes.get(KernelKeys.MAX_DELAY));
        } else if (changes.containsKey(KernelKeys.RESOLUTION) && staged.containsKey(KernelKeys.MIN_DELAY)) {
            minMs = (Double) staged.get(KernelKeys.MIN_DELAY);
            maxMs = (Double) staged.get(KernelKeys.MAX_DELAY);
        } else {
            return;
        }
        SettingsView view = new SettingsView(staged, registry, processes, false, false);
        double h = view.resolution();
        DelayBounds bounds = DelayBounds.round(minMs, maxMs, h);
        double tics = (Double) view.get(KernelKeys.TICS_PER_MS);
        staged.put(KernelKeys.MIN_DELAY, stepsToMs(bounds.minSteps(), h, tics));
        staged.put(KernelKeys.MAX_DELAY, stepsToMs(bounds.maxSteps(), h, tics));
    }

    /**
     * Lets every installed solver adjust its settings to a new resolution or a switched solver (NEST
     * ties {@code wfr_comm_interval} to the resolution while WFR is off). A value the user sets in
     * the same call is applied (and validated) after this.
     */
    private void followResolution(Map<String, ?> changes, boolean switched, Map<String, Object> staged) {
        if (!switched && !changes.containsKey(KernelKeys.RESOLUTION)) {
            return;
        }
        SettingsView view = new SettingsView(staged, registry, processes, false, false);
        double h = view.resolution();
        Object selected = view.get(KernelKeys.COUPLING_SOLVER);
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            staged.putAll(solver.followResolution(h, solver.name().equals(selected), view));
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
                // tics_per_ms of the same call comes first in KernelKeys.SETTABLE, so staged holds it
                double tics = (Double) new SettingsView(staged, registry, processes, false, false)
                        .get(KernelKeys.TICS_PER_MS);
                if (h * tics < 1.0) {
                    throw new BadPropertyException(OWNER, key, raw, "must be at least one tic (" + 1.0 / tics
                            + " ms at tics_per_ms = " + tics + ")");
                }
                if (!wholeNumber(h * tics)) {
                    throw new BadPropertyException(OWNER, key, raw, "must be a whole number of tics of " + 1.0 / tics
                            + " ms (tics_per_ms = " + tics + "; set both in one call to change the tic)");
                }
                return h;
            }
            case KernelKeys.TICS_PER_MS -> {
                long tics = (Long) convert(ParameterSpec.integer(key, 1000, "", ""), raw);
                if (tics < 1) {
                    throw new BadPropertyException(OWNER, key, raw, "must be a positive whole number");
                }
                if (nodesExist && tics != ticsPerMs()) {
                    throw new KernelException("tics_per_ms can only be changed before nodes have been created");
                }
                return (double) tics;
            }
            case KernelKeys.RNG_TYPE -> {
                String type = (String) convert(ParameterSpec.text(key, "", ""), raw);
                if (!KernelKeys.XOSHIRO256_PLUS_PLUS.equals(type)) {
                    throw new BadPropertyException(OWNER, key, raw, "is not a known RNG type; rng_types: ["
                            + KernelKeys.XOSHIRO256_PLUS_PLUS + "] (NEST's mt19937, Philox and Threefry generators are"
                            + " not implemented: the random streams differ from NEST's whatever the type)");
                }
                return type;
            }
            case KernelKeys.RNG_SEED -> {
                long seed = (Long) convert(ParameterSpec.integer(key, 1, "", ""), raw);
                if (seed <= 0 || seed >= SEED_LIMIT) {
                    throw new BadPropertyException(OWNER, key, raw, "must be in (0, 2^32)");
                }
                return seed;
            }
            case KernelKeys.VIRTUAL_PROCESSES -> {
                long count = (Long) convert(ParameterSpec.integer(key, 1, "", ""), raw);
                if (count < 1 || count % processes != 0) {
                    throw new BadPropertyException(OWNER, key, raw, processes == 1 ? "must be at least 1"
                            : "must be a positive multiple of num_processes (" + processes + ")");
                }
                // NEST: every process runs the same number of threads
                staged.put(KernelKeys.LOCAL_THREADS, count / processes);
                return null;
            }
            case KernelKeys.LOCAL_THREADS -> {
                long count = (Long) convert(ParameterSpec.integer(key, 1, "", ""), raw);
                if (count < 1) {
                    throw new BadPropertyException(OWNER, key, raw, "must be at least 1");
                }
                return count;
            }
            case KernelKeys.PRINT_TIME, KernelKeys.OVERWRITE_FILES, KernelKeys.USE_COMPRESSED_SPIKES -> {
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
            case KernelKeys.COUPLING_SOLVER -> {
                String solver = (String) convert(ParameterSpec.text(key, "", ""), raw);
                requireSolver(solver);
                return solver;
            }
            default -> throw new IllegalStateException(key);
        }
    }

    /** NEST's test of a whole number of tics: within two bits of rounding error of an integer. */
    private static boolean wholeNumber(double n) {
        double fraction = n - Math.floor(n);
        return Math.min(fraction, 1.0 - fraction) < 4 * n * Math.ulp(1.0);
    }

    /** The installed solver that switch {@code key} = {@code value} selects. */
    private String switchedSolver(String key, boolean value) {
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            if (solver.switchName().equals(key) && solver.switchValue() == value) {
                return solver.name();
            }
        }
        throw new KernelException(key + " = " + value + " selects no installed coupling solver");
    }

    private void requireSolver(String name) {
        registry.require(CouplingSolver.class, name, "coupling solver");
    }

    private static Object convert(ParameterSpec spec, Object raw) {
        return ParameterSchema.convert(OWNER, spec, raw);
    }
}
