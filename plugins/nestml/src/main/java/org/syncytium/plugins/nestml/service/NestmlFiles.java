package org.syncytium.plugins.nestml.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncytium.plugins.nestml.codegen.GapOptions;
import org.syncytium.plugins.nestml.codegen.ModelCompiler;
import org.syncytium.plugins.nestml.runtime.CompiledModel;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * Reads a {@code .nestml} file and its code generator options: {@code NAME.codegen.json} next to
 * {@code NAME.nestml}, holding NESTML's {@code codegen_opts} as JSON, of which the {@code gap_junctions}
 * entry ({@code enable}, {@code membrane_potential_variable}, {@code gap_current_port}) is used.
 */
public final class NestmlFiles {

    private static final Pattern ENABLE = Pattern.compile("\"enable\"\\s*:\\s*(true|True|false|False|1|0)");
    private static final Pattern MEMBRANE = Pattern.compile("\"membrane_potential_variable\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern PORT = Pattern.compile("\"gap_current_port\"\\s*:\\s*\"([^\"]*)\"");

    private NestmlFiles() {
    }

    /** Compiles every model of {@code file}; throws {@link NestmlException} with file:line. */
    public static List<CompiledModel> compile(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NestmlException(name, 1, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return ModelCompiler.compile(name, text, gapOptions(file));
    }

    /** The sidecar options file of {@code file}. */
    public static Path optionsFile(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.nestml$", "");
        return file.resolveSibling(base + ".codegen.json");
    }

    static GapOptions gapOptions(Path file) {
        Path options = optionsFile(file);
        if (!Files.exists(options)) {
            return GapOptions.NONE;
        }
        String json;
        try {
            json = Files.readString(options, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NestmlException(options.toString(), 1, "cannot read the file (" + e.getMessage() + ")");
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
