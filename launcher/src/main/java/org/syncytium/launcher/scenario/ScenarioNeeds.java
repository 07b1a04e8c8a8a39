package org.syncytium.launcher.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.launcher.distribution.Wanted;

/**
 * The extensions a scenario uses, read from the file without running it: the models it creates,
 * the rules and synapse models of its connections (NEST's defaults {@code all_to_all} and
 * {@code static_synapse} where it names none), its recorders (and the rule and synapse that
 * connect them), and a coupling solver if it has gap junctions ({@code coupling_solver}, else
 * {@code use_wfr}: {@code wfr} or {@code stepwise}). Parameters take their defaults.
 */
public final class ScenarioNeeds {

    private final Scenario scenario;
    private final Parameters parameters;
    private final Map<String, Wanted> needs = new LinkedHashMap<>();

    private ScenarioNeeds(Scenario scenario) {
        this.scenario = scenario;
        this.parameters = scenario.parameters();
    }

    /** What {@code scenario} needs, each with the file and line that needs it. */
    public static List<Wanted> of(Scenario scenario) {
        ScenarioNeeds needs = new ScenarioNeeds(scenario);
        needs.collect();
        return new ArrayList<>(needs.needs.values());
    }

    private void need(String point, Object name, YamlNode where) {
        if (name instanceof String text && !text.isBlank()) {
            needs.putIfAbsent(point + "/" + text, new Wanted(point, text, where.file().getFileName() + ":" + where.line()));
        }
    }

    private Object value(YamlNode node) {
        return node == null ? null : parameters.substitute(node);
    }

    private void collect() {
        YamlNode root = scenario.root();
        boolean gap = false;
        for (YamlNode step : Scenario.list(root.get("network"))) {
            Map.Entry<String, YamlNode> only = step.entries().entrySet().iterator().next();
            YamlNode body = only.getValue();
            switch (only.getKey()) {
                case "create" -> {
                    Object model = value(body.get("model"));
                    // a model is a neuron, a device or a recorder: whichever point provides the name
                    need(Wanted.MODEL, model, body.get("model"));
                }
                case "connect", "connect_pairs" -> {
                    String defaultRule = only.getKey().equals("connect") ? "all_to_all" : "one_to_one";
                    need("connection_rule", name(body.get("conn_spec"), "rule", defaultRule), orSelf(body.get("conn_spec"), body));
                    Object synapse = name(body.get("syn_spec"), "synapse_model", "static_synapse");
                    need("synapse_model", synapse, orSelf(body.get("syn_spec"), body));
                    gap |= "gap_junction".equals(synapse);
                }
                default -> {
                }
            }
        }
        for (YamlNode entry : Scenario.list(root.get("record"))) {
            Map.Entry<String, YamlNode> only = entry.entries().entrySet().iterator().next();
            YamlNode body = only.getValue();
            if (body.get("optional") != null && Boolean.TRUE.equals(value(body.get("optional")))) {
                continue;
            }
            String recorder = switch (only.getKey()) {
                case "spikes" -> "spike_recorder";
                case "multimeter" -> "multimeter";
                default -> "synchrony_monitor";
            };
            need("recorder", recorder, entry);
            need("connection_rule", "all_to_all", entry);
            need("synapse_model", "static_synapse", entry);
        }
        List<YamlNode> kernels = new ArrayList<>();
        if (root.get("kernel") != null) {
            kernels.add(root.get("kernel"));
        }
        YamlNode simulate = root.get("simulate");
        if (simulate != null && simulate.isList()) {
            for (YamlNode phase : simulate.items()) {
                if (phase.get("kernel") != null) {
                    kernels.add(phase.get("kernel"));
                }
            }
        }
        boolean solverNamed = false;
        for (YamlNode kernel : kernels) {
            if (kernel.isMap() && kernel.get("coupling_solver") != null) {
                need("coupling_solver", value(kernel.get("coupling_solver")), kernel.get("coupling_solver"));
                solverNamed = true;
            }
        }
        if (gap && !solverNamed) {
            YamlNode useWfr = kernels.isEmpty() ? null : kernels.get(0).get("use_wfr");
            boolean wfr = useWfr == null || !Boolean.FALSE.equals(value(useWfr));
            need("coupling_solver", wfr ? "wfr" : "stepwise", useWfr != null ? useWfr : root);
        }
    }

    private Object name(YamlNode spec, String key, String fallback) {
        if (spec == null) {
            return fallback;
        }
        if (spec.isScalar()) {
            return value(spec);
        }
        return spec.get(key) == null ? fallback : value(spec.get(key));
    }

    private static YamlNode orSelf(YamlNode node, YamlNode self) {
        return node == null ? self : node;
    }
}
