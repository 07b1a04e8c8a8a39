package org.syncytium.launcher.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code simulate} entry of a scenario: either one time in ms, or a list of phases run in file
 * order, each {@code simulate: ms} (advance), {@code kernel: {...}} (change kernel settings between
 * two runs, e.g. {@code coupling_solver}) or {@code set: {nodes, params}} (change node parameters).
 * A PyNEST script's sequence of {@code Simulate} and {@code SetKernelStatus} calls, without Java.
 */
final class Phases {

    static final Set<String> KINDS = Set.of("simulate", "kernel", "set");

    private Phases() {
    }

    /** Checks the structure at load time: known phase kinds, at least one {@code simulate}. */
    static void check(YamlNode simulate) {
        if (!simulate.isList()) {
            return; // a single time: checked as a number when the scenario runs
        }
        boolean advances = false;
        for (YamlNode phase : simulate.items()) {
            if (!phase.isMap() || phase.entries().size() != 1) {
                throw phase.error("simulate phase: expected one of kernel, set, simulate followed by its value");
            }
            Map.Entry<String, YamlNode> only = phase.entries().entrySet().iterator().next();
            Keys.check(phase, "simulate phases", KINDS, List.of());
            YamlNode body = only.getValue();
            switch (only.getKey()) {
                case "simulate" -> {
                    if (!body.isScalar()) {
                        throw body.error("simulate: expected a time in ms, found " + body.describe());
                    }
                    advances = true;
                }
                case "kernel" -> {
                    if (!body.isMap()) {
                        throw body.error("kernel: expected a mapping of kernel settings (coupling_solver, wfr_tol, ...)");
                    }
                }
                default -> {
                    if (!body.isMap()) {
                        throw body.error("set: expected a mapping with nodes and params");
                    }
                    Keys.check(body, "set", Scenario.STEP_KEYS.get("set"), Scenario.STEP_REQUIRED.get("set"));
                }
            }
        }
        if (!advances) {
            throw simulate.error("simulate: the list of phases needs at least one \"simulate: ms\"");
        }
    }

    /** The phases of {@code simulate}: a single time becomes one {@code simulate} phase. */
    static List<Map.Entry<String, YamlNode>> of(YamlNode simulate) {
        if (!simulate.isList()) {
            return List.of(Map.entry("simulate", simulate));
        }
        return simulate.items().stream().map(p -> p.entries().entrySet().iterator().next()).toList();
    }
}
