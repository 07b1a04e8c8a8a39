package org.syncytium.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV table of NEST reference values from {@code src/test/resources/reference/}: lines starting
 * with {@code #} are comments, the first other line names the columns, an empty cell is a value
 * NEST did not record (read as NaN).
 */
final class ReferenceTable {

    private final List<String> columns;
    private final List<double[]> rows = new ArrayList<>();

    private ReferenceTable(List<String> columns) {
        this.columns = columns;
    }

    /** Loads {@code reference/<name>} from the test class path. */
    static ReferenceTable load(String name) {
        try (InputStream in = ReferenceTable.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource reference/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            ReferenceTable table = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (table == null) {
                    table = new ReferenceTable(Arrays.asList(cells));
                    continue;
                }
                if (cells.length != table.columns.size()) {
                    throw new IllegalStateException(name + ": row with " + cells.length + " cells: " + line);
                }
                double[] row = new double[cells.length];
                for (int k = 0; k < cells.length; k++) {
                    row[k] = cells[k].isBlank() ? Double.NaN : Double.parseDouble(cells[k]);
                }
                table.rows.add(row);
            }
            if (table == null) {
                throw new IllegalStateException(name + " is empty");
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows whose {@code column} equals {@code value}, as a new table. */
    ReferenceTable filter(String column, double value) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        ReferenceTable subset = new ReferenceTable(columns);
        for (double[] row : rows) {
            if (row[index] == value) {
                subset.rows.add(row);
            }
        }
        return subset;
    }

    /** Number of data rows. */
    int size() {
        return rows.size();
    }

    /** Value of {@code column} in row {@code row}; NaN where NEST recorded nothing. */
    double get(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row)[index];
    }
}
