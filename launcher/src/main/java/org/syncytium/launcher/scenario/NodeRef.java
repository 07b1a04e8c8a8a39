package org.syncytium.launcher.scenario;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncytium.api.NodeCollection;

/**
 * A reference to named nodes in a scenario: {@code neurons}, {@code neurons[0]} (one node, 0-based
 * as in Python) or {@code neurons[10:20]} (a slice, end exclusive; either bound may be omitted).
 */
final class NodeRef {

    private static final Pattern SYNTAX = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(-?\\d*)(:(-?\\d*))?\\])?");

    private NodeRef() {
    }

    /** Looks the reference in {@code node} up among the {@code named} collections. */
    static NodeCollection resolve(YamlNode node, Object value, Map<String, NodeCollection> named) {
        if (!(value instanceof String text)) {
            throw node.error("expected the name of nodes created with \"as:\", found " + node.describe());
        }
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            throw node.error("bad node reference \"" + text + "\" (write name, name[i] or name[from:to])");
        }
        NodeCollection nodes = named.get(m.group(1));
        if (nodes == null) {
            throw new ScenarioException(node.file(), node.line(), "no nodes named \"" + m.group(1) + "\""
                    + org.syncytium.api.param.ParameterSchema.nearest(m.group(1), named.keySet())
                            .map(n -> "; did you mean \"" + n + "\"?")
                            .orElse(named.isEmpty() ? " (nothing created yet)" : "; known: " + String.join(", ", named.keySet())));
        }
        if (m.group(2) == null) {
            return nodes;
        }
        int size = nodes.size();
        int from;
        int to;
        if (m.group(3) == null) {
            from = index(node, m.group(2), size, 0);
            to = from + 1;
        } else {
            from = m.group(2).isEmpty() ? 0 : index(node, m.group(2), size, 0);
            to = m.group(4).isEmpty() ? size : index(node, m.group(4), size, 1);
        }
        if (from < 0 || to > size || from >= to) {
            throw node.error("\"" + text + "\" selects nothing: " + m.group(1) + " has " + size + " nodes (indices 0.." + (size - 1) + ")");
        }
        return nodes.slice(from, to);
    }

    private static int index(YamlNode node, String digits, int size, int endSlack) {
        int i = Integer.parseInt(digits);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i > size - 1 + endSlack) {
            throw node.error("index " + digits + " is outside 0.." + (size - 1));
        }
        return i;
    }
}
