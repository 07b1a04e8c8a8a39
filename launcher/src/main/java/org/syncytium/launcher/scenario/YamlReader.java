package org.syncytium.launcher.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.syncytium.launcher.input.InputFile;

/**
 * Reads a YAML file into {@link YamlNode}s, keeping each value's line from Jackson's token
 * locations (a databind tree would lose them).
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private YamlReader() {
    }

    /** Reads {@code file}; syntax errors and duplicate keys become {@link ScenarioException}s with the line. */
    public static YamlNode read(Path file) {
        String text = InputFile.read(file, "scenario file", InputFile.MAX_SCENARIO_BYTES);
        try (Reader reader = new StringReader(text)) {
            return parse(reader, file);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses YAML text, attributing it to {@code file} (may be null). */
    public static YamlNode parse(Reader reader, Path file) throws IOException {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode(new LinkedHashMap<String, YamlNode>(), file, 1);
            }
            return node(parser, file);
        } catch (JsonParseException e) {
            throw YamlProblems.describe(e, file);
        }
    }

    /**
     * YAML 1.1 reads {@code 1e-4} (no dot) as text; a scenario means a number. Text that is exactly
     * a decimal number becomes a {@link Double} (or {@link Long}); anything else stays text.
     */
    static Object numberLike(Object value) {
        if (value instanceof String text && NUMBER.matcher(text.trim()).matches()) {
            String t = text.trim();
            if (t.matches("[-+]?\\d{1,18}")) {
                return Long.parseLong(t);
            }
            return Double.parseDouble(t);
        }
        return value;
    }

    private static YamlNode node(JsonParser parser, Path file) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    YamlNode value = node(parser, file);
                    if (map.containsKey(key)) {
                        throw new ScenarioException(file, keyLine, "duplicate key \"" + key + "\"");
                    }
                    map.put(key, value);
                }
                return new YamlNode(map, file, line);
            }
            case START_ARRAY: {
                List<YamlNode> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(parser, file));
                }
                return new YamlNode(list, file, line);
            }
            case VALUE_NUMBER_INT:
                return new YamlNode(parser.getLongValue(), file, line);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode(parser.getDoubleValue(), file, line);
            case VALUE_TRUE:
                return new YamlNode(Boolean.TRUE, file, line);
            case VALUE_FALSE:
                return new YamlNode(Boolean.FALSE, file, line);
            case VALUE_NULL:
                return new YamlNode(null, file, line);
            case VALUE_STRING:
                return new YamlNode(numberLike(parser.getText()), file, line);
            default:
                throw new ScenarioException(file, line, "unexpected YAML content " + token);
        }
    }
}
