package org.syncytium.launcher.sweep;

import java.util.Map;

/**
 * One finished point of a sweep.
 *
 * @param value   the swept parameter's value (as given)
 * @param seed    the seed used, or null if the scenario's own
 * @param metrics the run's numeric summary metrics
 */
public record SweepPoint(String value, Long seed, Map<String, Object> metrics) {

    /** A metric as a double, NaN if missing or not a number. */
    public double metric(String name) {
        Object v = metrics.get(name);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The swept value as a number (NaN for text values). */
    public double x() {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
