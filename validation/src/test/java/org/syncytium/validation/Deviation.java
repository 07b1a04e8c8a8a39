package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a recorded trace is from one column of a reference table: largest |Δ|, where, and which
 * reference rows were not recorded at all (in the unit of the table: mV for V_m, pA for currents).
 * Prints one line per comparison so that the surefire
 * output states the measured deviation that docs/validation.md quotes.
 */
final class Deviation {

    private final String what;
    private double max;
    private long worstStep = -1;
    private int compared;
    private final List<Long> missing = new ArrayList<>();

    private Deviation(String what) {
        this.what = what;
    }

    /**
     * Compares {@code trace} with {@code column} of {@code table}.
     *
     * @param keyColumn    the column that says where a row belongs ({@code step} or {@code time_ms})
     * @param stepsPerKey  1 if the key is a step, 1/h if it is a time in ms
     */
    static Deviation of(String what, Trace trace, ReferenceTable table, String keyColumn, double stepsPerKey,
            String column) {
        Deviation deviation = new Deviation(what);
        for (int row = 0; row < table.size(); row++) {
            double expected = table.get(row, column);
            if (Double.isNaN(expected)) {
                continue;
            }
            long step = Math.round(table.get(row, keyColumn) * stepsPerKey);
            Double actual = trace.at(step);
            if (actual == null) {
                deviation.missing.add(step);
                continue;
            }
            deviation.compared++;
            double delta = Math.abs(actual - expected);
            if (!(delta <= deviation.max)) {
                deviation.max = delta;
                deviation.worstStep = step;
            }
        }
        System.out.printf("[validation] %s: max |d| = %.3g at step %d over %d reference values%s%n", what,
                deviation.max, deviation.worstStep, deviation.compared,
                deviation.missing.isEmpty() ? "" : ", " + deviation.missing.size() + " not recorded");
        return deviation;
    }

    /** Largest |Δ| in the unit of the table. */
    double max() {
        return max;
    }

    /** Fails unless every reference value was recorded and lies within {@code tolerance}. */
    void assertWithin(double tolerance) {
        assertTrue(missing.isEmpty(), what + ": reference steps not recorded: " + missing);
        assertTrue(compared > 0, what + ": nothing compared");
        assertTrue(max <= tolerance, String.format("%s: max |d| = %.6g at step %d exceeds %.3g", what, max,
                worstStep, tolerance));
    }
}
