package org.syncytium.support.record;

import java.nio.file.Path;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.record.RecordingContext;

/**
 * How a recorder with {@code record_to: ascii} lays out its file, one owner for both recorders:
 * NEST's ASCII backend (file extension {@code dat}: {@code <label or model>-<node id>-<vp>.dat}, two
 * comment lines, a tab-separated header and rows with {@code precision} decimals, times in ms or, with
 * {@code time_in_steps}, as step and offset), or Syncytium's CSV (extension {@code csv}: {@code <label
 * or model-id>.csv}, one header line, exact times), which the command line's output folders use.
 */
public final class AsciiLayout {

    public static final String FILE_EXTENSION = "file_extension";
    public static final String PRECISION = "precision";
    public static final String TIME_IN_STEPS = "time_in_steps";
    private static final String CSV = "csv";

    /** The three parameters, as NEST names them; the extension's default is {@code defaultExtension}. */
    public static List<ParameterSpec> specs(String defaultExtension) {
        return List.of(
                ParameterSpec.text(FILE_EXTENSION, defaultExtension, "record_to ascii: \"dat\" writes NEST's layout "
                        + "(tab-separated, three header lines, <label>-<id>-<vp>.dat), \"csv\" Syncytium's (<label>.csv)"),
                ParameterSpec.integer(PRECISION, 3, "", "decimals of times and values in NEST's layout (as NEST: 3)"),
                ParameterSpec.bool(TIME_IN_STEPS, false, "times as step and offset instead of ms (set before the"
                        + " first run)"));
    }

    private String extension;
    private int precision = 3;
    private boolean timeInSteps;
    /** Rows for NEST's screen backend: its tab-separated rows with {@code precision} decimals, whatever the extension. */
    private boolean screen;

    public AsciiLayout(String defaultExtension) {
        this.extension = defaultExtension;
    }

    public static boolean owns(String name) {
        return name.equals(FILE_EXTENSION) || name.equals(PRECISION) || name.equals(TIME_IN_STEPS);
    }

    public Object get(String name) {
        return switch (name) {
            case FILE_EXTENSION -> extension;
            case PRECISION -> (long) precision;
            default -> timeInSteps;
        };
    }

    /**
     * Sets one of the three from its converted value.
     *
     * @param opened true once the recorder has run: the layout is then fixed (NEST refuses a change of
     *               time_in_steps after Simulate; the file is open)
     */
    public void set(String owner, String name, Object value, boolean opened) {
        if (opened && !value.equals(get(name))) {
            throw new BadPropertyException(owner, name, value, "cannot be changed after the first run");
        }
        switch (name) {
            case FILE_EXTENSION -> {
                String text = (String) value;
                if (text.isEmpty() || !text.matches("[A-Za-z0-9_]+")) {
                    throw new BadPropertyException(owner, name, value, "must be letters, digits or _ (e.g. \"dat\")");
                }
                extension = text;
            }
            case PRECISION -> {
                long p = (Long) value;
                if (p < 0 || p > 17) {
                    throw new BadPropertyException(owner, name, value, "must be from 0 to 17");
                }
                precision = (int) p;
            }
            default -> timeInSteps = (Boolean) value;
        }
    }

    /** True for Syncytium's CSV layout (never for the screen). */
    public boolean csv() {
        return !screen && extension.equals(CSV);
    }

    /** Rows from now on as NEST's screen backend prints them (see {@link #screen}). */
    void toScreen() {
        screen = true;
    }

    /** True if times are written (and, in memory, reported) as steps. */
    public boolean timeInSteps() {
        return timeInSteps;
    }

    /** The file the recorder writes, in the kernel's data_path with its data_prefix. */
    public Path target(RecordingContext context, String model, String label) {
        long id = context.recorderId();
        if (csv()) {
            return context.dataPath().resolve(context.dataPrefix() + (label.isEmpty() ? model + "-" + id : label)
                    + ".csv");
        }
        // NEST: the node id padded to the digits of the node count, then the virtual process (one here)
        int digits = Long.toString(Math.max(context.nodeCount(), id)).length();
        String padded = "0".repeat(Math.max(0, digits - Long.toString(id).length())) + id;
        return context.dataPath().resolve(context.dataPrefix() + (label.isEmpty() ? model : label) + "-" + padded
                + "-0." + extension);
    }

    /**
     * NEST's {@code filenames} of a recorder: the file it writes ({@code file}, its {@code .part} until
     * closed), or before its first run ({@code file} null) the one it will write by the kernel's settings
     * of now ({@code current}, null where the recorder was not attached); none for a recorder that keeps
     * its events in memory.
     */
    public List<String> filenames(CsvFile file, RecordingContext current, boolean ascii, String model, String label) {
        if (file != null) {
            return List.of(file.location().toString());
        }
        return current != null && ascii ? List.of(target(current, model, label).toString()) : List.of();
    }

    /** The header: CSV's one line, or NEST's two comment lines and tab-separated column names. */
    public String header(List<String> values) {
        StringBuilder out = new StringBuilder();
        if (csv()) {
            out.append("sender,time_ms");
            values.forEach(v -> out.append(',').append(v));
            return out.toString();
        }
        out.append("# Syncytium (NEST-compatible ASCII recording)\n# RecordingBackendASCII version: 2\nsender");
        out.append(timeInSteps ? "\ttime_step\ttime_offset" : "\ttime_ms");
        values.forEach(v -> out.append('\t').append(v));
        return out.toString();
    }

    /** Appends sender and time of one row (no separator after them). */
    public void appendStart(StringBuilder line, long sender, GridTime grid, long stamp) {
        appendStart(line, sender, grid, stamp, 0.0);
    }

    /**
     * As {@link #appendStart(StringBuilder, long, GridTime, long)} for an event {@code offset} ms before
     * its stamp (a precise spike time): the time in ms is the stamp's less the offset; with
     * {@code time_in_steps}, the offset has its own column, as NEST writes it.
     */
    public void appendStart(StringBuilder line, long sender, GridTime grid, long stamp, double offset) {
        line.append(sender).append(csv() ? ',' : '\t');
        if (timeInSteps && !csv()) {
            line.append(stamp).append('\t');
            GridTime.appendFixed(line, offset, precision);
        } else if (offset != 0.0) {
            double ms = grid.ms(stamp) - offset;
            if (csv()) {
                line.append(ms);
            } else {
                GridTime.appendFixed(line, ms, precision);
            }
        } else if (csv()) {
            grid.append(line, stamp);
        } else {
            grid.appendFixed(line, stamp, precision);
        }
    }

    /** Appends one whole-number value (a node id, a receptor) with its separator, as NEST writes them. */
    public void appendWhole(StringBuilder line, long value) {
        line.append(csv() ? ',' : '\t').append(value);
    }

    /** Appends one recorded value with its separator. */
    public void appendValue(StringBuilder line, double value) {
        if (csv()) {
            line.append(',').append(value);
        } else {
            line.append('\t');
            GridTime.appendFixed(line, value, precision);
        }
    }
}
