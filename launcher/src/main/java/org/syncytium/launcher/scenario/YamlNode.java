package org.syncytium.launcher.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the file and line it came from, so that every error can say {@code file:line}.
 * A node is a map (keys in file order), a list, or a scalar ({@link String}, {@link Long},
 * {@link Double}, {@link Boolean} or null).
 */
public final class YamlNode {

    private final Object value;
    private final Path file;
    private final int line;

    YamlNode(Object value, Path file, int line) {
        this.value = value;
        this.file = file;
        this.line = line;
    }

    /** A scalar node made outside a file (e.g. from {@code --set}). */
    public static YamlNode scalar(Object value, Path file, int line) {
        return new YamlNode(value, file, line);
    }

    /** True for a mapping. */
    public boolean isMap() {
        return value instanceof Map;
    }

    /** True for a sequence. */
    public boolean isList() {
        return value instanceof List;
    }

    /** True for a scalar (including null). */
    public boolean isScalar() {
        return !isMap() && !isList();
    }

    /** The entries of a mapping, in file order. */
    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> entries() {
        if (!isMap()) {
            throw error("expected a mapping (key: value), found " + describe());
        }
        return Collections.unmodifiableMap((LinkedHashMap<String, YamlNode>) value);
    }

    /** The items of a sequence. */
    @SuppressWarnings("unchecked")
    public List<YamlNode> items() {
        if (!isList()) {
            throw error("expected a list (- item), found " + describe());
        }
        return Collections.unmodifiableList((List<YamlNode>) value);
    }

    /** The entry called {@code key} of a mapping, or null. */
    public YamlNode get(String key) {
        return entries().get(key);
    }

    /** The scalar value. */
    public Object scalar() {
        if (!isScalar()) {
            throw error("expected a single value, found " + describe());
        }
        return value;
    }

    /** Where the node starts. */
    public Path file() {
        return file;
    }

    /** The 1-based line where the node starts. */
    public int line() {
        return line;
    }

    /** An error located at this node. */
    public ScenarioException error(String message) {
        return new ScenarioException(file, line, message);
    }

    /** "a mapping", "a list" or the scalar, for messages. */
    public String describe() {
        if (isMap()) {
            return "a mapping";
        }
        if (isList()) {
            return "a list";
        }
        return value == null ? "nothing (null)" : "\"" + value + "\"";
    }
}
