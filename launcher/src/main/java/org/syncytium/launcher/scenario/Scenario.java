package org.syncytium.launcher.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario file, checked for structure (known keys, required keys) but not yet run: values are
 * resolved when {@link ScenarioRunner} executes it, after {@code --set} overrides. Format:
 * {@code docs/scenarios.md}.
 */
public final class Scenario {

    static final Set<String> TOP_KEYS = Set.of("name", "description", "parameters", "kernel", "network", "record", "simulate");
    static final Map<String, Set<String>> STEP_KEYS = Map.of(
            "create", Set.of("model", "n", "params", "as"),
            "connect", Set.of("pre", "post", "conn_spec", "syn_spec"),
            "set", Set.of("nodes", "params"),
            "connect_pairs", Set.of("nodes", "pairs", "conn_spec", "syn_spec"));
    static final Map<String, List<String>> STEP_REQUIRED = Map.of(
            "create", List.of("model"),
            "connect", List.of("pre", "post"),
            "set", List.of("nodes", "params"),
            "connect_pairs", List.of("nodes", "pairs"));
    static final Map<String, Set<String>> RECORD_KEYS = Map.of(
            "spikes", Set.of("from", "file", "params", "as", "optional", "delay", "formats"),
            "multimeter", Set.of("from", "record_from", "interval", "file", "params", "as", "optional", "delay"),
            "synchrony", Set.of("from", "record_from", "interval", "start", "params", "as", "optional", "delay"));
    static final Set<String> PAIR_KEYS = Set.of("source", "file", "n", "seed");

    private final Path file;
    private final YamlNode root;
    private final String name;

    private Scenario(Path file, YamlNode root, String name) {
        this.file = file;
        this.root = root;
        this.name = name;
    }

    /** Reads and checks {@code file}. */
    public static Scenario load(Path file) {
        YamlNode root = YamlReader.read(file);
        if (!root.isMap()) {
            throw root.error("a scenario is a mapping with name, parameters, kernel, network, record, simulate");
        }
        Keys.check(root, "the scenario", TOP_KEYS, List.of("simulate"));
        for (YamlNode step : list(root.get("network"))) {
            checkEntry(step, "network step", STEP_KEYS, STEP_REQUIRED);
        }
        for (YamlNode entry : list(root.get("record"))) {
            checkEntry(entry, "record entry", RECORD_KEYS, Map.of("spikes", List.of("from"),
                    "multimeter", List.of("from"), "synchrony", List.of("from")));
        }
        Phases.check(root.get("simulate"));
        YamlNode kernel = root.get("kernel");
        if (kernel != null && !kernel.isMap()) {
            throw kernel.error("kernel: expected a mapping of kernel settings (resolution, rng_seed, ...)");
        }
        OutputNameRules.checkLoaded(root);
        String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        YamlNode nameNode = root.get("name");
        String name = nameNode == null ? fileName : String.valueOf(nameNode.scalar());
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw nameNode.error("name must be letters, digits, _ . - (it names the output folder)");
        }
        return new Scenario(file, root, name);
    }

    static List<YamlNode> list(YamlNode node) {
        if (node == null || (node.isScalar() && node.scalar() == null)) {
            return List.of();
        }
        return node.items();
    }

    private static void checkEntry(YamlNode entry, String what, Map<String, Set<String>> keys,
            Map<String, List<String>> required) {
        if (!entry.isMap() || entry.entries().size() != 1) {
            throw entry.error(what + ": expected one of " + String.join(", ", keys.keySet().stream().sorted().toList())
                    + " followed by its settings");
        }
        Map.Entry<String, YamlNode> only = entry.entries().entrySet().iterator().next();
        if (!keys.containsKey(only.getKey())) {
            Keys.check(entry, what, keys.keySet(), List.of());
        }
        YamlNode body = only.getValue();
        if (!body.isMap()) {
            throw body.error(only.getKey() + ": expected a mapping of settings, found " + body.describe());
        }
        Keys.check(body, only.getKey(), keys.get(only.getKey()), required.getOrDefault(only.getKey(), List.of()));
        YamlNode pairs = body.get("pairs");
        if (pairs != null) {
            if (!pairs.isMap()) {
                throw pairs.error("pairs: expected a mapping with source (file|random), file, n, seed");
            }
            Keys.check(pairs, "pairs", PAIR_KEYS, List.of());
        }
    }

    /** The scenario file. */
    public Path file() {
        return file;
    }

    /** The folder relative paths in the scenario are resolved against. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** The scenario's name (its {@code name:} or the file name). */
    public String name() {
        return name;
    }

    /** The parsed file. */
    public YamlNode root() {
        return root;
    }

    /** Fresh parameters with the file's defaults (each run or sweep point gets its own). */
    public Parameters parameters() {
        return Parameters.of(root.get("parameters"));
    }
}
