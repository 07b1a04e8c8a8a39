package org.syncytium.launcher.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncytium.api.param.ParameterSchema;
import org.syncytium.launcher.transaction.OutputNames;

/**
 * A scenario's parameters: the defaults of its {@code parameters:} block, overridden by
 * {@code --set name=value}, and the substitution of {@code ${name}} references. A value that is
 * exactly one reference keeps the parameter's type; references inside longer text are replaced by
 * their text, and if the result is arithmetic ({@code ${n_neuron} * ${gap_per_neuron}}) it is
 * evaluated. Defaults may refer to other parameters.
 */
public final class Parameters {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)\\}");
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)\\}");

    /** Longest text a value may have after its references were substituted. */
    public static final int MAX_TEXT = 10_000;
    /** Deepest chain of parameters referring to parameters. */
    public static final int MAX_DEPTH = 64;

    private final Map<String, YamlNode> defaults;
    private final Map<String, YamlNode> overrides = new LinkedHashMap<>();
    private final Map<String, Object> resolved = new LinkedHashMap<>();
    private final Set<String> resolving = new HashSet<>();

    private Parameters(Map<String, YamlNode> defaults) {
        this.defaults = defaults;
    }

    /** Parameters declared by {@code block} (a mapping, or null for none). */
    public static Parameters of(YamlNode block) {
        Map<String, YamlNode> defaults = new LinkedHashMap<>();
        if (block != null && !(block.isScalar() && block.scalar() == null)) {
            block.entries().forEach((name, node) -> {
                if (!node.isScalar()) {
                    throw node.error("parameter \"" + name + "\" must be a single value (number, text, true/false)");
                }
                defaults.put(name, node);
            });
        }
        return new Parameters(defaults);
    }

    /** True if the scenario declares {@code name}. */
    public boolean declares(String name) {
        return defaults.containsKey(name);
    }

    /** The declared names, in file order. */
    public List<String> names() {
        return new ArrayList<>(defaults.keySet());
    }

    /**
     * Applies {@code --set name=value} (the value is read as YAML: {@code 0.54}, {@code true}, text).
     *
     * @throws ScenarioException for an unknown name (with a suggestion) or a value of the wrong type
     */
    public void set(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(null, 0, "--set " + assignment + ": expected name=value");
        }
        set(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
    }

    /** Overrides one parameter; see {@link #set(String)}. */
    public void set(String name, String text) {
        if (!defaults.containsKey(name)) {
            String hint = ParameterSchema.nearest(name, defaults.keySet()).map(n -> "; did you mean \"" + n + "\"?")
                    .orElse(defaults.isEmpty() ? " (the scenario declares no parameters)"
                            : "; parameters: " + String.join(", ", defaults.keySet()));
            throw new ScenarioException(null, 0, "--set " + name + ": unknown parameter \"" + name + "\"" + hint);
        }
        Object value = literal(text);
        Object current = resolve(name, defaults.get(name));
        Object typed = conform(name, current, value, text);
        overrides.put(name, YamlNode.scalar(typed, null, 0));
        resolved.clear();
    }

    private static Object conform(String name, Object current, Object value, String text) {
        String where = "--set " + name + "=" + text + ": ";
        if (current instanceof Long) {
            if (value instanceof Long) {
                return value;
            }
            if (value instanceof Double d && d == Math.rint(d)) {
                return d.longValue();
            }
            throw new ScenarioException(null, 0, where + "\"" + name + "\" must be an integer (default " + current + ")");
        }
        if (current instanceof Double) {
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            throw new ScenarioException(null, 0, where + "\"" + name + "\" must be a number (default " + current + ")");
        }
        if (current instanceof Boolean) {
            if (value instanceof Boolean) {
                return value;
            }
            throw new ScenarioException(null, 0, where + "\"" + name + "\" must be true or false (default " + current + ")");
        }
        if (current instanceof String) {
            return text;
        }
        return value;
    }

    /** A command-line literal read as a YAML scalar. */
    static Object literal(String text) {
        try {
            YamlNode node = YamlReader.parse(new StringReader(text), null);
            return node.isScalar() ? YamlReader.numberLike(node.scalar()) : text;
        } catch (IOException | ScenarioException e) {
            return text;
        }
    }

    /** The value of parameter {@code name}; {@code where} locates the reference for errors. */
    public Object get(String name, YamlNode where) {
        if (!defaults.containsKey(name)) {
            String hint = ParameterSchema.nearest(name, defaults.keySet()).map(n -> "; did you mean \"" + n + "\"?")
                    .orElse(defaults.isEmpty() ? " (the scenario declares no parameters)" : "");
            throw where.error("unknown parameter ${" + name + "}" + hint);
        }
        YamlNode node = overrides.containsKey(name) ? overrides.get(name) : defaults.get(name);
        return resolve(name, node);
    }

    private Object resolve(String name, YamlNode node) {
        if (resolved.containsKey(name)) {
            return resolved.get(name);
        }
        if (!resolving.add(name)) {
            throw node.error("parameter \"" + name + "\" refers to itself (through " + String.join(", ", resolving) + ")");
        }
        if (resolving.size() > MAX_DEPTH) {
            resolving.remove(name);
            throw node.error("parameters refer to parameters more than " + MAX_DEPTH + " deep (at \"" + name + "\")");
        }
        try {
            Object value = substitute(node);
            resolved.put(name, value);
            return value;
        } finally {
            resolving.remove(name);
        }
    }

    /** Every parameter with its effective value, in file order (for the summary). */
    public Map<String, Object> effective() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : defaults.keySet()) {
            values.put(name, get(name, defaults.get(name)));
        }
        return values;
    }

    /** A scalar with its references substituted; other nodes are returned unchanged as Java values by {@link #deep}. */
    public Object substitute(YamlNode scalarNode) {
        Object raw = scalarNode.scalar();
        if (!(raw instanceof String text) || !text.contains("${")) {
            return raw;
        }
        Matcher whole = WHOLE_REFERENCE.matcher(text.trim());
        if (whole.matches()) {
            return get(whole.group(1), scalarNode);
        }
        Matcher refs = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (refs.find()) {
            Object value = get(refs.group(1), scalarNode);
            refs.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
            if (out.length() > MAX_TEXT) {
                throw scalarNode.error("this value grows longer than " + MAX_TEXT + " characters when its references are"
                        + " substituted; a parameter value is a number or a short text");
            }
        }
        refs.appendTail(out);
        String replaced = out.toString();
        if (replaced.contains("${")) {
            throw scalarNode.error("malformed reference in \"" + text + "\" (write ${name})");
        }
        if (Expression.looksArithmetic(replaced)) {
            try {
                return Expression.evaluate(replaced);
            } catch (IllegalArgumentException e) {
                throw scalarNode.error("cannot evaluate \"" + OutputNames.shorten(text) + "\" = \""
                        + OutputNames.shorten(replaced) + "\": " + e.getMessage());
            }
        }
        return YamlReader.numberLike(replaced);
    }

    /** A whole subtree as plain Java values (maps, lists, scalars) with every reference substituted. */
    public Object deep(YamlNode node) {
        if (node == null) {
            return null;
        }
        if (node.isMap()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.entries().forEach((key, value) -> map.put(key, deep(value)));
            return map;
        }
        if (node.isList()) {
            List<Object> list = new ArrayList<>();
            node.items().forEach(item -> list.add(deep(item)));
            return list;
        }
        return substitute(node);
    }

    /** Names close to {@code name}, for messages. */
    public Optional<String> nearest(String name) {
        return ParameterSchema.nearest(name, defaults.keySet());
    }
}
