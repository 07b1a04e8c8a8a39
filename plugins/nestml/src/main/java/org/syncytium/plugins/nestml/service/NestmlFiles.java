package org.syncytium.plugins.nestml.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncytium.plugins.nestml.codegen.GapOptions;
import org.syncytium.plugins.nestml.codegen.ModelCompiler;
import org.syncytium.plugins.nestml.codegen.NumericSolver;
import org.syncytium.plugins.nestml.codegen.SynapseOptions;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * Reads a {@code .nestml} file and its code generator options: {@code NAME.codegen.json} next to
 * {@code NAME.nestml}, holding NESTML's {@code codegen_opts} as JSON, of which the {@code gap_junctions}
 * entry ({@code enable}, {@code membrane_potential_variable}, {@code gap_current_port}), the
 * {@code synapse_models}, {@code weight_variable} and {@code delay_variable} entries and the
 * {@code post_ports} of {@code neuron_synapse_pairs} are used.
 */
public final class NestmlFiles {

    private static final Pattern ENABLE = Pattern.compile("\"enable\"\\s*:\\s*(true|True|false|False|1|0)");
    private static final Pattern MEMBRANE = Pattern.compile("\"membrane_potential_variable\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern POST_PORTS = Pattern.compile("\"post_ports\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern SYNAPSE_MODELS = Pattern.compile("\"synapse_models\"\\s*:\\s*\\[([^\\]]*)\\]");
    /** Not one of NESTML's options: the file a copy was made from, for messages. */
    private static final Pattern SOURCE = Pattern.compile("\"syncytium_source_file\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern PAIR = Pattern.compile("\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern PORT = Pattern.compile("\"gap_current_port\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NUMERIC_SOLVER = Pattern.compile("\"numeric_solver\"\\s*:\\s*\"([^\"]*)\"");

    private NestmlFiles() {
    }

    /** Compiles every model of {@code file}; throws {@link NestmlException} with file:line. */
    public static ModelCompiler.Compiled compile(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NestmlException(name, 1, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        String options = options(file);
        if (options != null) {
            // a copy made for a file elsewhere (Python's NESTML front end) names that file in messages
            Matcher source = SOURCE.matcher(options);
            if (source.find()) {
                name = source.group(1).replace("\\\\", "\\");
            }
        }
        return ModelCompiler.compile(name, text, gapOptions(options, optionsFile(file)), synapseOptions(options),
                numericSolver(options, optionsFile(file)));
    }

    /** The text of the sidecar options file of {@code file}, or null if there is none. */
    private static String options(Path file) {
        Path options = optionsFile(file);
        if (!Files.exists(options)) {
            return null;
        }
        try {
            return Files.readString(options, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NestmlException(options.toString(), 1, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code weight_variable} and {@code delay_variable} (objects of model name to variable name) and
     * every {@code post_ports} list (of {@code neuron_synapse_pairs}) of the options.
     */
    static SynapseOptions synapseOptions(String json) {
        if (json == null) {
            return SynapseOptions.NONE;
        }
        return new SynapseOptions(nameMap(json, "weight_variable"), nameMap(json, "delay_variable"), quoted(json, POST_PORTS),
                quoted(json, SYNAPSE_MODELS));
    }

    /** The quoted names of every list {@code list} matches in {@code json}. */
    private static List<String> quoted(String json, Pattern list) {
        List<String> names = new ArrayList<>();
        Matcher lists = list.matcher(json);
        while (lists.find()) {
            Matcher name = QUOTED.matcher(lists.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return List.copyOf(names);
    }

    private static Map<String, String> nameMap(String json, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher object = Pattern.compile("\"" + key + "\"\\s*:\\s*\\{([^}]*)\\}").matcher(json);
        if (object.find()) {
            Matcher pair = PAIR.matcher(object.group(1));
            while (pair.find()) {
                map.put(pair.group(1), pair.group(2));
            }
        }
        return map;
    }

    /**
     * NESTML's {@code numeric_solver} of the options ({@code "rk45"}, the default, or
     * {@code "forward-Euler"}).
     *
     * @throws NestmlException naming the options file and the values allowed for another value
     */
    static NumericSolver numericSolver(String json, Path options) {
        Matcher m = json == null ? null : NUMERIC_SOLVER.matcher(json);
        if (m == null || !m.find()) {
            return NumericSolver.RKF45;
        }
        NumericSolver solver = NumericSolver.of(m.group(1));
        if (solver == null) {
            throw new NestmlException(options.toString(), 1, "numeric_solver \"" + m.group(1)
                    + "\" is not one of \"rk45\" and \"forward-Euler\"");
        }
        return solver;
    }

    /** The sidecar options file of {@code file}. */
    public static Path optionsFile(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.nestml$", "");
        return file.resolveSibling(base + ".codegen.json");
    }

    static GapOptions gapOptions(String json, Path options) {
        if (json == null) {
            return GapOptions.NONE;
        }
        int gap = json.indexOf("\"gap_junctions\"");
        if (gap < 0) {
            return GapOptions.NONE;
        }
        String section = json.substring(gap);
        int close = section.indexOf('}');
        section = close > 0 ? section.substring(0, close) : section;
        Matcher enable = ENABLE.matcher(section);
        boolean on = enable.find() && (enable.group(1).equalsIgnoreCase("true") || enable.group(1).equals("1"));
        Matcher membrane = MEMBRANE.matcher(section);
        Matcher port = PORT.matcher(section);
        int line = 1 + (int) json.substring(0, gap).chars().filter(c -> c == '\n').count();
        if (on && (!membrane.find() || !port.find())) {
            throw new NestmlException(options.toString(), line,
                    "gap_junctions needs \"membrane_potential_variable\" and \"gap_current_port\"");
        }
        return on ? new GapOptions(true, membrane.group(1), port.group(1)) : GapOptions.NONE;
    }
}
