package org.syncytium.launcher.sweep;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.syncytium.launcher.transaction.FileContent;

/** {@code sweep.csv}: one row per point, the parameter, the seed, rate_hz and every numeric metric. */
public final class SweepTable {

    private SweepTable() {
    }

    /** The CSV content for {@code points} (in the given order). */
    public static FileContent csv(String parameter, List<SweepPoint> points) {
        return out -> {
            Set<String> columns = new LinkedHashSet<>();
            columns.add("rate_hz");
            for (SweepPoint point : points) {
                point.metrics().forEach((name, value) -> {
                    if (value instanceof Number) {
                        columns.add(name);
                    }
                });
            }
            List<String> names = new ArrayList<>(columns);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(parameter + ",seed," + String.join(",", names) + "\n");
            for (SweepPoint point : points) {
                StringBuilder row = new StringBuilder();
                row.append(point.value()).append(',').append(point.seed() == null ? "" : point.seed());
                for (String name : names) {
                    Object value = point.metrics().get(name);
                    row.append(',');
                    if (value instanceof Number n && !(n instanceof Double d && d.isNaN())) {
                        row.append(n);
                    }
                }
                writer.write(row.append('\n').toString());
            }
            writer.flush();
        };
    }
}
