package org.syncytium.launcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.launcher.LauncherException;

/**
 * Reference timings to compare a benchmark with: a CSV whose first column is {@code case} (e.g.
 * {@code seed_500_gw0.3_wfr_501ms}) and whose other columns are positive numbers: timings in s ending
 * in {@code _simulate_s} (e.g. {@code nest_simulate_s}), which the bench compares with, and others it
 * reads but does not compare (e.g. {@code nest_peak_rss_mb}, plotted by benchmarks/scripts/sizes.sh);
 * lines starting with '#' are comments. See benchmarks/nest-3.10-timings.csv.
 */
public final class ReferenceTimings {

    private final Path file;
    private final List<String> columns;
    private final Map<String, double[]> rows;

    private ReferenceTimings(Path file, List<String> columns, Map<String, double[]> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads the file; a missing file or a malformed line is reported with file:line. */
    public static ReferenceTimings read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LauncherException("--compare " + file + ": cannot read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        List<String> header = null;
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (header == null) {
                if (!cells[0].strip().equals("case") || cells.length < 2) {
                    throw new LauncherException(file + ":" + (n + 1) + ": the header must be 'case,<name>_simulate_s,...', found '"
                            + line + "'");
                }
                header = List.of(cells).stream().map(String::strip).toList();
                continue;
            }
            if (cells.length != header.size()) {
                throw new LauncherException(file + ":" + (n + 1) + ": " + cells.length + " cells, the header has " + header.size());
            }
            double[] values = new double[cells.length - 1];
            for (int c = 1; c < cells.length; c++) {
                String cell = cells[c].strip();
                try {
                    values[c - 1] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new LauncherException(file + ":" + (n + 1) + ": '" + cell + "' in column " + header.get(c)
                            + " is not a number of seconds");
                }
                if (!cell.isEmpty() && !(values[c - 1] > 0)) {
                    throw new LauncherException(file + ":" + (n + 1) + ": " + header.get(c) + " must be > 0 s, found " + cell);
                }
            }
            rows.put(cells[0].strip(), values);
        }
        if (header == null) {
            throw new LauncherException(file + ": no header line 'case,<name>_simulate_s,...'");
        }
        return new ReferenceTimings(file, header.subList(1, header.size()), rows);
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The timing columns (e.g. nest_simulate_s). */
    public List<String> columns() {
        return columns;
    }

    /** The timings of {@code name}, one per column (NaN where empty), or null if the file has no such case. */
    public double[] timings(String name) {
        return rows.get(name);
    }

    /** The case names in file order. */
    public List<String> cases() {
        return List.copyOf(rows.keySet());
    }
}
