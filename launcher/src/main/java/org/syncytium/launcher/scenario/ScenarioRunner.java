package org.syncytium.launcher.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.error.SyncytiumException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.record.Events;
import org.syncytium.launcher.resources.ConnectionEstimate;
import org.syncytium.launcher.resources.MemoryBudget;

/**
 * Runs a {@link Scenario} on a {@link Simulator}, step by step as a PyNEST script would: kernel
 * settings, the {@code network} steps in file order, the recorders, then {@code simulate} (one time,
 * or phases that simulate, change kernel settings and set parameters in turn). A kernel error in a
 * step is reported with the step's file and line.
 */
public final class ScenarioRunner {

    private final Scenario scenario;
    private final Parameters parameters;
    private final Predicate<String> installed;
    private final Map<String, NodeCollection> named = new LinkedHashMap<>();
    private final MemoryBudget budget = new MemoryBudget();
    private final List<Origin> origins = new ArrayList<>();

    /** The entry of the file that created some nodes, so that errors found while simulating can name it. */
    private record Origin(String model, NodeCollection nodes, YamlNode body) {
    }
    private final NetworkRecorders networkRecorders = new NetworkRecorders();
    private boolean toFiles;

    /**
     * @param installed tells whether a model name is installed (for {@code optional: true} recorders)
     */
    public ScenarioRunner(Scenario scenario, Parameters parameters, Predicate<String> installed) {
        this.scenario = scenario;
        this.parameters = parameters;
        this.installed = installed;
    }

    /** Builds the network, simulates and collects what the recorders hold. */
    public RunResult run(Simulator simulator, RunOptions options) {
        YamlNode root = scenario.root();
        long start = System.nanoTime();
        toFiles = options.files() != null;
        Map<String, Object> kernel = kernelSettings(root.get("kernel"), options);
        if (!kernel.isEmpty()) {
            at(root.get("kernel"), () -> simulator.setKernelStatus(kernel), root.get("kernel"));
        }
        if (options.progress() != null && !options.quiet()) {
            simulator.setProgressListener(options.progress());
        }
        for (YamlNode step : Scenario.list(root.get("network"))) {
            Map.Entry<String, YamlNode> only = step.entries().entrySet().iterator().next();
            YamlNode body = only.getValue();
            switch (only.getKey()) {
                case "create" -> create(simulator, body);
                case "connect" -> connect(simulator, body);
                case "set" -> set(body);
                case "connect_pairs" -> connectPairs(simulator, body);
                default -> throw step.error("unknown step " + only.getKey());
            }
        }
        List<PendingRecording> recordings = new ArrayList<>();
        for (YamlNode entry : Scenario.list(root.get("record"))) {
            PendingRecording pending = record(simulator, entry, toFiles);
            if (pending != null) {
                recordings.add(pending);
            }
        }
        double build = seconds(start);
        long simulateStart = System.nanoTime();
        double simtime = 0;
        for (Map.Entry<String, YamlNode> phase : Phases.of(root.get("simulate"))) {
            YamlNode body = phase.getValue();
            switch (phase.getKey()) {
                case "simulate" -> {
                    double ms = number(body, parameters.substitute(body), "simulate");
                    if (!(ms > 0)) {
                        throw body.error("simulate must be a time in ms > 0, found " + ms);
                    }
                    simulate(simulator, ms, body);
                    simtime += ms;
                }
                case "kernel" -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> settings = (Map<String, Object>) parameters.deep(body);
                    OutputNameRules.kernelKeys(body, settings);
                    at(body, () -> simulator.setKernelStatus(settings), body);
                }
                default -> set(body);
            }
        }
        double simulate = seconds(simulateStart);
        List<Recorded> recorded = new ArrayList<>();
        for (PendingRecording pending : recordings) {
            recorded.add(pending.collect());
        }
        // spike recorders created as network steps write the same standard files as record: entries
        recorded.addAll(networkRecorders.collect(first -> options.files() == null ? null
                : SpikeFormatsEntry.defaults(named, first, root.get("network"))));
        return new RunResult(scenario.name(), parameters.effective(), simtime, build, simulate, recorded,
                simulator.getKernelStatus());
    }

    /** One simulate call; a kernel error is reported at {@code where}, the {@code simulate} entry. */
    private void simulate(Simulator simulator, double ms, YamlNode where) {
        try {
            simulator.simulate(ms);
        } catch (NumericalInstabilityException e) {
            // Names the neuron, the time and its state; the line is that of the entry that created it.
            YamlNode entry = entryOf(e);
            throw entry == null ? e : new ScenarioException(entry.file(), entry.line(), e.getMessage(), e);
        } catch (SyncytiumException e) {
            YamlNode entry = entryOf(e);
            YamlNode at = entry == null ? where : entry;
            throw new ScenarioException(at.file(), at.line(), e.getMessage(), e);
        }
    }

    /**
     * The scenario entry a kernel error found while simulating comes from: the node it names
     * ({@code (node 3)}), or the only entry that created its model; the line of the parameter it names
     * if that entry sets it. Null if the error is not one entry's.
     */
    private YamlNode entryOf(SyncytiumException e) {
        Origin origin = null;
        java.util.regex.Matcher node = java.util.regex.Pattern.compile("\\(node (\\d+)\\)|^node (\\d+) ").matcher(String.valueOf(e.getMessage()));
        if (node.find()) {
            long id = Long.parseLong(node.group(1) != null ? node.group(1) : node.group(2));
            origin = origins.stream().filter(o -> contains(o.nodes(), id)).findFirst().orElse(null);
        }
        if (origin == null && e instanceof BadPropertyException bad) {
            List<Origin> same = origins.stream().filter(o -> o.model().equals(bad.owner())).toList();
            origin = same.size() == 1 ? same.get(0) : null;
        }
        if (origin == null) {
            return null;
        }
        YamlNode body = origin.body();
        if (e instanceof BadPropertyException bad) {
            for (YamlNode mapping : new YamlNode[] {body.get("params"), body}) {
                if (mapping != null && mapping.isMap() && mapping.get(bad.parameter()) != null) {
                    return mapping.get(bad.parameter());
                }
            }
        }
        return body;
    }

    private static boolean contains(NodeCollection nodes, long id) {
        return nodes.size() > 0 && id >= nodes.id(0) && id <= nodes.id(nodes.size() - 1);
    }

    private Map<String, Object> kernelSettings(YamlNode node, RunOptions options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (node != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> resolved = (Map<String, Object>) parameters.deep(node);
            OutputNameRules.kernelKeys(node, resolved);
            settings.putAll(resolved);
        }
        if (options.threads() != null && !parameters.declares("threads")) {
            settings.put("total_num_virtual_procs", (long) options.threads());
        }
        if (options.quiet()) {
            settings.put("print_time", false);
        }
        if (options.files() != null) {
            settings.put("data_path", options.files().toAbsolutePath().toString());
            settings.put("data_prefix", "");
        }
        return settings;
    }

    private void create(Simulator simulator, YamlNode body) {
        String model = text(body.get("model"), "model");
        int n = body.get("n") == null ? 1 : count(body.get("n"), "n");
        Map<String, Object> params = ApiValues.parameterMap(orSelf(body.get("params"), body), parameters.deep(body.get("params")));
        String as = body.get("as") == null ? model : text(body.get("as"), "as");
        OutputNameRules.checkLabels(orSelf(body.get("params"), body), params);
        budget.require(orSelf(body.get("n"), body), n, MemoryBudget.BYTES_PER_NODE, n + " nodes of " + model);
        if (named.containsKey(as)) {
            throw body.get("as") == null ? body.error("nodes named \"" + as + "\" exist already; give this create an \"as:\" name")
                    : body.get("as").error("nodes named \"" + as + "\" exist already");
        }
        // A recorder created as a step records like a record: entry (one model of recording): on
        // `syncytium run` it streams its CSV, named after it, into the run's recording folder.
        String recorderKind = NetworkRecorders.kindOf(model);
        String file = recorderKind == null || n != 1 ? null : NetworkRecorders.fileOf(recorderKind, as);
        boolean onDisk = false;
        if (file != null && params.get("record_to") == null) {
            requireCsvLayout(body, params, file);
        }
        if (file != null && toFiles) {
            Object recordTo = params.get("record_to");
            if (recordTo == null) {
                params.put("record_to", "ascii");
                params.put("label", as);
                onDisk = true;
            } else if ("ascii".equals(recordTo) || "screen".equals(recordTo)) {
                // screen too: its events reach neither the file nor the summary, which would report no spikes
                throw body.error("a recorder created in the network writes " + file + " into the run's output folder"
                        + " by itself; leave out record_to (or set it to memory)");
            }
        }
        NodeCollection nodes = at(body.get("model"), () -> simulator.create(model, n, params), body.get("params"));
        origins.add(new Origin(model, nodes, body));
        named.put(as, nodes);
        if (recorderKind != null) {
            networkRecorders.created(recorderKind, as, nodes, onDisk);
        }
    }

    private void connect(Simulator simulator, YamlNode body) {
        NodeCollection pre = nodes(body.get("pre"));
        NodeCollection post = nodes(body.get("post"));
        Map<String, Object> connSpec = spec(body.get("conn_spec"), "rule");
        Map<String, Object> synSpec = synSpec(body.get("syn_spec"));
        budget.require(orSelf(body.get("conn_spec"), body), ConnectionEstimate.count(connSpec, pre.size(), post.size()),
                MemoryBudget.BYTES_PER_CONNECTION, "the connections of this step");
        at(body, () -> simulator.connect(pre, post, connSpec, synSpec), body.get("conn_spec"), body.get("syn_spec"));
        networkRecorders.connected(pre.ids(), post.ids(), true);
    }

    private void set(YamlNode body) {
        NodeCollection nodes = nodes(body.get("nodes"));
        Map<String, Object> params = ApiValues.parameterMap(body.get("params"), parameters.deep(body.get("params")));
        OutputNameRules.checkLabels(body.get("params"), params);
        at(body, () -> nodes.set(params), body.get("params"));
    }

    private void connectPairs(Simulator simulator, YamlNode body) {
        NodeCollection nodes = nodes(body.get("nodes"));
        PairList pairs = pairs(body.get("pairs"), nodes.size());
        long[] sources = new long[pairs.size()];
        long[] targets = new long[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            sources[k] = nodes.id(pairs.source(k) - 1);
            targets[k] = nodes.id(pairs.target(k) - 1);
        }
        Map<String, Object> connSpec = spec(body.get("conn_spec"), "rule");
        Map<String, Object> synSpec = synSpec(body.get("syn_spec"));
        budget.require(body, ConnectionEstimate.pairs(connSpec, pairs.size()), MemoryBudget.BYTES_PER_CONNECTION,
                "the connections of these pairs");
        at(body, () -> simulator.connect(sources, targets, connSpec, synSpec), body.get("conn_spec"), body.get("syn_spec"));
        networkRecorders.connected(sources, targets, false);
    }

    private PairList pairs(YamlNode node, int populationSize) {
        YamlNode fileNode = node.get("file");
        YamlNode sourceNode = node.get("source");
        String source = sourceNode == null ? (fileNode == null ? "random" : "file") : text(sourceNode, "source");
        switch (source) {
            case "file" -> {
                if (fileNode == null) {
                    throw node.error("pairs: source file needs \"file: path\"");
                }
                Path file = scenario.folder().resolve(text(fileNode, "file"));
                try {
                    PairList list = PairList.read(file, populationSize);
                    // A file is a fixed draw: silently using it for another requested size would
                    // change the network behind the user's back.
                    if (node.get("n") != null && count(node.get("n"), "n") != list.size()) {
                        throw node.get("n").error("pairs: " + file.getFileName() + " holds " + list.size()
                                + " pairs but n = " + count(node.get("n"), "n")
                                + "; draw the pairs instead (source random, e.g. --set gap_pairs=random)");
                    }
                    return list;
                } catch (ScenarioException e) {
                    if (e.line() == 0 && file.equals(e.file())) {
                        // Not a problem inside the file (missing, a device, too large): the scenario's line names it.
                        throw new ScenarioException(fileNode.file(), fileNode.line(), text(fileNode, "file") + ": " + e.detail(), e);
                    }
                    if (e.detail().contains("outside the population") && node.get("n") != null && node.get("seed") != null) {
                        throw new ScenarioException(e.file(), e.line(), e.detail() + "; this pair file does not fit the"
                                + " population: draw pairs instead (source random, e.g. --set gap_pairs=random)", e);
                    }
                    throw e;
                }
            }
            case "random" -> {
                if (node.get("n") == null || node.get("seed") == null) {
                    throw node.error("pairs: source random needs \"n\" (number of pairs) and \"seed\"");
                }
                int n = count(node.get("n"), "n");
                budget.require(node.get("n"), n, MemoryBudget.BYTES_PER_PAIR, n + " pairs");
                long seed = integer(node.get("seed"), "seed");
                if (seed < 0 || seed > 0xFFFF_FFFFL) {
                    throw node.get("seed").error("seed must be in [0, 2^32) like numpy's, found " + seed);
                }
                return PairList.random(populationSize, n, seed);
            }
            default -> throw (sourceNode == null ? node : sourceNode).error(
                    "pairs: source must be \"file\" or \"random\", found \"" + source + "\"");
        }
    }

    private PendingRecording record(Simulator simulator, YamlNode entry, boolean toFiles) {
        Map.Entry<String, YamlNode> only = entry.entries().entrySet().iterator().next();
        String kind = only.getKey();
        YamlNode body = only.getValue();
        String model = switch (kind) {
            case "spikes" -> "spike_recorder";
            case "multimeter" -> "multimeter";
            default -> "synchrony_monitor";
        };
        boolean optional = body.get("optional") != null && Boolean.TRUE.equals(parameters.substitute(body.get("optional")));
        if (optional && !installed.test(model)) {
            return null;
        }
        NodeCollection observed = nodes(body.get("from"));
        Map<String, Object> params = ApiValues.parameterMap(orSelf(body.get("params"), body), parameters.deep(body.get("params")));
        for (String key : List.of("record_from", "interval", "start")) {
            if (body.get(key) != null) {
                params.put(key, parameters.deep(body.get(key)));
            }
        }
        if (kind.equals("multimeter") && !params.containsKey("record_from")) {
            params.put("record_from", List.of("V_m"));
        }
        String as = body.get("as") == null ? kind : text(body.get("as"), "as");
        OutputNameRules.checkLabels(orSelf(body.get("params"), body), params);
        if (body.get("as") != null) {
            OutputNameRules.check(body.get("as"), as, "as", false);
        }
        String file = switch (kind) {
            case "spikes" -> body.get("file") == null ? "spikes.csv" : text(body.get("file"), "file");
            case "multimeter" -> body.get("file") == null ? as + ".csv" : text(body.get("file"), "file");
            default -> null;
        };
        if (file != null) {
            OutputNameRules.check(orSelf(body.get("file"), body), file, "file", false);
        }
        if (file != null && networkRecorders.writes(file)) {
            throw (body.get("file") == null ? body : body.get("file")).error("file " + file
                    + " is already written by a recorder created in the network; give this entry another file");
        }
        boolean onDisk = toFiles && file != null;
        if (file != null) {
            requireCsvLayout(body, params, file);
        }
        if (onDisk) {
            if (!file.endsWith(".csv")) {
                throw body.get("file").error("file must end in .csv (the recorder writes CSV)");
            }
            params.put("record_to", "ascii");
            params.put("label", file.substring(0, file.length() - ".csv".length()));
        }
        NodeCollection recorder = at(body, () -> simulator.create(model, 1, params), body.get("params"), body);
        origins.add(new Origin(model, recorder, body));
        // As in NEST, the recorder's connections have a delay that enters min_delay: NEST's own
        // two-neuron gap test connects its voltmeter with 0.1 ms and so runs 1-step intervals.
        Map<String, Object> synSpec = body.get("delay") == null ? Map.of()
                : Map.of("delay", parameters.substitute(body.get("delay")));
        if (kind.equals("spikes")) {
            at(body, () -> simulator.connect(observed, recorder, Map.of("rule", "all_to_all"), synSpec), body);
        } else {
            at(body, () -> simulator.connect(recorder, observed, Map.of("rule", "all_to_all"), synSpec), body);
        }
        named.put(as, recorder);
        Recorded.SpikeFormats formats = kind.equals("spikes") ? SpikeFormatsEntry.read(body, parameters, named, onDisk) : null;
        return new PendingRecording(kind, as, file, recorder, observed.size(), observed.id(0), onDisk, formats);
    }

    /** A recorder created before the run whose data is collected after it. */
    private record PendingRecording(String kind, String name, String file, NodeCollection recorder, int observed,
            long firstObservedId, boolean onDisk, Recorded.SpikeFormats formats) {

        Recorded collect() {
            if (kind.equals("synchrony")) {
                Object chi = recorder.get("synchrony_chi");
                double value = chi instanceof Number n ? n.doubleValue()
                        : chi instanceof double[] a && a.length > 0 ? a[0] : Double.NaN;
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("start", single(recorder.get("start")));
                status.put("n_events", single(recorder.get("n_events")));
                return new Recorded(kind, name, null, new Events(new long[0], new double[0]), observed, firstObservedId,
                        value, false, null, status);
            }
            Events events = onDisk ? new Events(new long[0], new double[0]) : recorder.events();
            return new Recorded(kind, name, file, events, observed, firstObservedId, Double.NaN, onDisk, formats, Map.of());
        }

        /** The value of a one-node collection's status entry (a node collection may answer with an array). */
        private static Object single(Object value) {
            if (value instanceof double[] a) {
                return a.length > 0 ? a[0] : null;
            }
            if (value instanceof long[] a) {
                return a.length > 0 ? a[0] : null;
            }
            if (value instanceof int[] a) {
                return a.length > 0 ? a[0] : null;
            }
            if (value instanceof Object[] a) {
                return a.length > 0 ? a[0] : null;
            }
            return value;
        }
    }

    private Map<String, Object> spec(YamlNode node, String nameKey) {
        if (node == null) {
            return new LinkedHashMap<>();
        }
        Object resolved = parameters.deep(node);
        if (resolved instanceof String text) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(nameKey, text);
            return map;
        }
        return ApiValues.parameterMap(node, resolved);
    }

    /**
     * A connect step's {@code syn_spec}; its {@code weight_recorder}, NEST's common property, names a
     * recorder created in the network ({@code weight_recorder: wr}), which the kernel takes as its node id.
     */
    private Map<String, Object> synSpec(YamlNode node) {
        Map<String, Object> spec = spec(node, "synapse_model");
        YamlNode recorder = node == null || !node.isMap() ? null : node.get("weight_recorder");
        if (recorder != null) {
            NodeCollection nodes = nodes(recorder);
            if (nodes.size() != 1) {
                throw recorder.error("weight_recorder must name one recorder, found " + nodes.size() + " nodes");
            }
            spec.put("weight_recorder", nodes.id(0));
        }
        return spec;
    }

    private NodeCollection nodes(YamlNode node) {
        return NodeRef.resolve(node, parameters.substitute(node), named);
    }

    private String text(YamlNode node, String key) {
        Object value = parameters.substitute(node);
        if (!(value instanceof String text) || text.isBlank()) {
            throw node.error(key + " must be a name, found " + node.describe());
        }
        return text;
    }

    private int count(YamlNode node, String key) {
        long value = integer(node, key);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw node.error(key + " must be a count >= 1, found " + value);
        }
        return (int) value;
    }

    private long integer(YamlNode node, String key) {
        Object value = parameters.substitute(node);
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        throw node.error(key + " must be an integer, found \"" + value + "\"");
    }

    private static double number(YamlNode node, Object value, String key) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw node.error(key + " must be a number, found \"" + value + "\"");
    }

    private static YamlNode orSelf(YamlNode node, YamlNode self) {
        return node == null ? self : node;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Runs a kernel call, re-reporting its error at the step's line, or at the line of the key the
     * kernel names (a bad parameter or an unknown name) if one of {@code keyed} mappings has it.
     */
    private static <T> T at(YamlNode where, java.util.function.Supplier<T> call, YamlNode... keyed) {
        try {
            return call.get();
        } catch (SyncytiumException e) {
            YamlNode located = where;
            String key = e instanceof BadPropertyException bad ? bad.parameter()
                    : e instanceof UnknownNameException unknown ? unknown.name() : null;
            for (YamlNode mapping : keyed) {
                if (key != null && mapping != null && mapping.isMap() && mapping.get(key) != null) {
                    located = mapping.get(key);
                    break;
                }
            }
            throw new ScenarioException(located.file(), located.line(), e.getMessage(), e);
        }
    }

    private static void at(YamlNode where, Runnable call, YamlNode... keyed) {
        at(where, () -> {
            call.run();
            return null;
        }, keyed);
    }

    /**
     * A recorder that writes into the run's output folder writes Syncytium's CSV, which the run's
     * reports read: NEST's ASCII layout options would leave them without their file.
     */
    private static void requireCsvLayout(YamlNode body, Map<String, Object> params, String file) {
        Object extension = params.get("file_extension");
        if ((extension != null && !"csv".equals(extension)) || Boolean.TRUE.equals(params.get("time_in_steps"))) {
            throw body.error("this recorder writes " + file + " (CSV) into the run's output folder; leave out"
                    + " file_extension and time_in_steps (NEST's layout is for record_to: ascii from Python)");
        }
    }
}
