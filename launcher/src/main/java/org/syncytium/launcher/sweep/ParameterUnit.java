package org.syncytium.launcher.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.YamlNode;

/**
 * The unit of a scenario parameter, for axis labels. Scenarios state it as the first word of the
 * parameter line's comment (docs/scenarios.md): {@code gap_weight: 0.3   # nS} or
 * {@code rate: 500.0   # Hz, Poisson generator}. A comment that does not start with one word before
 * a comma or its end (e.g. {@code # waveform relaxation (false: ...)}) declares no unit.
 */
public final class ParameterUnit {

    private static final Pattern COMMENT = Pattern.compile("#\\s*([A-Za-zµμΩ%][^\\s,#]*)\\s*(,.*)?$");

    private ParameterUnit() {
    }

    /** The declared unit of {@code name}, or null. */
    public static String of(Scenario scenario, String name) {
        YamlNode block = scenario.root().get("parameters");
        YamlNode node = block == null || !block.isMap() ? null : block.get(name);
        if (node == null || node.line() < 1) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(scenario.file(), StandardCharsets.UTF_8);
            return node.line() <= lines.size() ? fromLine(lines.get(node.line() - 1)) : null;
        } catch (IOException e) {
            return null; // the scenario was read a moment ago; without it the axis just says no unit
        }
    }

    /** The unit in one {@code name: value  # unit, remark} line, or null. */
    static String fromLine(String line) {
        int hash = line.indexOf(" #");
        if (hash < 0) {
            return null;
        }
        Matcher m = COMMENT.matcher(line.substring(hash + 1).trim());
        return m.matches() ? m.group(1) : null;
    }
}
