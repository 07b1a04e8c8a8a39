package org.syncytium.launcher.scenario;

import java.util.HashMap;
import java.util.Map;

import org.syncytium.launcher.transaction.OutputNames;

/**
 * Every file a scenario names is a plain name inside the run's output folder: recorder {@code file}s,
 * node names ({@code as}, which name a multimeter's default file), recorder {@code label}s (the file
 * name of {@code record_to: ascii}) and the kernel's {@code data_prefix}. The kernel's
 * {@code data_path} belongs to the launcher (it points recorders at the run's staging folder), so a
 * scenario may not set it. Literal values are checked when the file is loaded, values that come from
 * {@code ${parameters}} when they are resolved; both report the value's line.
 */
final class OutputNameRules {

    /** Keys whose text value becomes (part of) a file name wherever they appear. */
    private static final String LABEL = "label";

    private OutputNameRules() {
    }

    /** Checks the literal names of a loaded scenario. */
    static void checkLoaded(YamlNode root) {
        YamlNode kernel = root.get("kernel");
        if (kernel != null && kernel.isMap()) {
            kernelKeys(kernel, kernel.entries());
        }
        labels(root);
        Map<String, YamlNode> files = new HashMap<>();
        for (YamlNode step : Scenario.list(root.get("network"))) {
            YamlNode body = step.entries().values().iterator().next();
            literal(body.get("as"), "as");
        }
        for (YamlNode entry : Scenario.list(root.get("record"))) {
            Map.Entry<String, YamlNode> only = entry.entries().entrySet().iterator().next();
            YamlNode body = only.getValue();
            literal(body.get("as"), "as");
            YamlNode file = body.get("file");
            if (literal(file, "file")) {
                String name = String.valueOf(file.scalar());
                if (!name.endsWith(".csv")) {
                    throw file.error("file must end in .csv (the recorder writes CSV)");
                }
                YamlNode before = files.putIfAbsent(name, file);
                if (before != null) {
                    throw file.error("file " + name + " is already written by the record entry at line " + before.line());
                }
            }
        }
    }

    /** Checks the kernel settings after parameters were substituted ({@code node}: the kernel mapping). */
    static void kernelKeys(YamlNode node, Map<String, ?> settings) {
        if (settings.containsKey("data_path")) {
            YamlNode at = node.get("data_path") != null ? node.get("data_path") : node;
            throw at.error("data_path is set by the launcher (recorder files go into the run's output folder, --out);"
                    + " remove it");
        }
        Object prefix = settings.get("data_prefix");
        if (prefix != null) {
            Object text = prefix instanceof YamlNode n ? n.scalar() : prefix;
            YamlNode at = node.get("data_prefix") != null ? node.get("data_prefix") : node;
            if (!(text instanceof String s && !hasReference(s)) && prefix instanceof YamlNode) {
                return; // resolved later
            }
            check(at, String.valueOf(text), "data_prefix", true);
        }
    }

    /** Checks a resolved output name ({@code label}, {@code file}, {@code as}). */
    static void check(YamlNode at, String value, String key, boolean emptyAllowed) {
        if (emptyAllowed && value.isEmpty()) {
            return;
        }
        OutputNames.problem(value).ifPresent(problem -> {
            throw at.error(key + " \"" + OutputNames.shorten(value) + "\" " + problem
                    + (problem.contains("output folder") ? "" : "; it names a file in the run's output folder"));
        });
    }

    /** Checks every {@code label} of resolved parameters of an entry ({@code params}: what the kernel gets). */
    static void checkLabels(YamlNode paramsNode, Map<String, Object> params) {
        Object label = params.get(LABEL);
        if (label instanceof String text) {
            YamlNode at = paramsNode != null && paramsNode.isMap() && paramsNode.get(LABEL) != null ? paramsNode.get(LABEL)
                    : paramsNode;
            if (at != null) {
                check(at, text, LABEL, true);
            }
        }
    }

    private static void labels(YamlNode node) {
        if (node == null) {
            return;
        }
        if (node.isMap()) {
            node.entries().forEach((key, value) -> {
                if (key.equals(LABEL)) {
                    if (value.isScalar() && value.scalar() instanceof String text && !hasReference(text)) {
                        check(value, text, LABEL, true);
                    }
                } else {
                    labels(value);
                }
            });
        } else if (node.isList()) {
            node.items().forEach(OutputNameRules::labels);
        }
    }

    /** Checks a literal name; returns false if there is none or it refers to a parameter. */
    private static boolean literal(YamlNode node, String key) {
        if (node == null || !node.isScalar() || !(node.scalar() instanceof String text) || hasReference(text)) {
            return false;
        }
        check(node, text, key, false);
        return true;
    }

    private static boolean hasReference(String text) {
        return text.contains("${");
    }
}
