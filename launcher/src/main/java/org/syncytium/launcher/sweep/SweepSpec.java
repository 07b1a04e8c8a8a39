package org.syncytium.launcher.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.syncytium.launcher.LauncherException;

/**
 * {@code --param name=v1,v2,...} or {@code --param name=start:stop:step} (stop included when the
 * steps reach it), and {@code --seeds 1,2,3}.
 *
 * @param name   the scenario parameter swept
 * @param values its values as text, in order (typed by the scenario's parameter)
 */
public record SweepSpec(String name, List<String> values) {

    /** Parses the {@code --param} argument. */
    public static SweepSpec parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new LauncherException("--param " + text + ": expected name=v1,v2,... or name=start:stop:step");
        }
        String name = text.substring(0, eq).trim();
        String spec = text.substring(eq + 1).trim();
        List<String> values = new ArrayList<>();
        if (spec.contains(":")) {
            String[] parts = spec.split(":");
            if (parts.length != 3) {
                throw new LauncherException("--param " + text + ": a range is start:stop:step");
            }
            BigDecimal start;
            BigDecimal stop;
            BigDecimal step;
            try {
                start = new BigDecimal(parts[0].trim());
                stop = new BigDecimal(parts[1].trim());
                step = new BigDecimal(parts[2].trim());
            } catch (NumberFormatException e) {
                throw new LauncherException("--param " + text + ": start, stop and step must be numbers");
            }
            if (step.signum() == 0 || step.signum() != stop.subtract(start).signum() && stop.compareTo(start) != 0) {
                throw new LauncherException("--param " + text + ": step must be non-zero and lead from start to stop");
            }
            // Decimal arithmetic: 0:0.8:0.1 gives 0.3, not 0.30000000000000004.
            for (BigDecimal v = start; step.signum() > 0 ? v.compareTo(stop) <= 0 : v.compareTo(stop) >= 0; v = v.add(step)) {
                values.add(v.toPlainString());
                if (values.size() > 10_000) {
                    throw new LauncherException("--param " + text + ": more than 10000 values");
                }
            }
        } else {
            for (String value : spec.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
        }
        if (values.isEmpty()) {
            throw new LauncherException("--param " + text + ": no values");
        }
        return new SweepSpec(name, List.copyOf(values));
    }

    /** Parses {@code --seeds 1,2,3} (also ranges {@code 1:5:1}). */
    public static List<Long> seeds(String text) {
        List<Long> seeds = new ArrayList<>();
        for (String value : parse("seed=" + text).values()) {
            try {
                seeds.add(new BigDecimal(value).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new LauncherException("--seeds " + text + ": seeds are integers, found " + value);
            }
        }
        return seeds;
    }
}
