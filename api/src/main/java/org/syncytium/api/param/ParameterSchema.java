package org.syncytium.api.param;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;

/**
 * The ordered parameters of one extension, with lookup, type conversion and "did you mean"
 * suggestions. Immutable.
 */
public final class ParameterSchema {

    private static final ParameterSchema EMPTY = new ParameterSchema(List.of());

    private final Map<String, ParameterSpec> byName = new LinkedHashMap<>();

    private ParameterSchema(List<ParameterSpec> specs) {
        for (ParameterSpec spec : specs) {
            if (byName.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException("duplicate parameter " + spec.name());
            }
        }
    }

    /** A schema of the given parameters, in listing order. */
    public static ParameterSchema of(ParameterSpec... specs) {
        return new ParameterSchema(List.of(specs));
    }

    /** A schema of the given parameters, in listing order. */
    public static ParameterSchema of(List<ParameterSpec> specs) {
        return new ParameterSchema(specs);
    }

    /** The schema without parameters. */
    public static ParameterSchema empty() {
        return EMPTY;
    }

    /** All parameters in listing order. */
    public List<ParameterSpec> specs() {
        return List.copyOf(byName.values());
    }

    /** All names in listing order. */
    public Collection<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /** True if {@code name} is a parameter of this schema. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The parameter called {@code name}, if any. */
    public Optional<ParameterSpec> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The parameter called {@code name}.
     *
     * @param owner what the schema belongs to, for the message (e.g. {@code "hh_psc_alpha_gap"})
     * @throws UnknownNameException naming the owner and the nearest known name
     */
    public ParameterSpec require(String owner, String name) {
        ParameterSpec spec = byName.get(name);
        if (spec == null) {
            throw new UnknownNameException("parameter of " + owner, name, byName.keySet());
        }
        return spec;
    }

    /** Default values by name, in listing order. */
    public Map<String, Object> defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        byName.values().forEach(spec -> values.put(spec.name(), spec.defaultValue()));
        return values;
    }

    /**
     * Converts a user value to the parameter's type: {@link Double}, {@link Long}, {@link Boolean},
     * {@link String} or an unmodifiable {@code List<String>}.
     *
     * @throws UnknownNameException if there is no such parameter
     * @throws BadPropertyException if the value has the wrong type
     */
    public Object convert(String owner, String name, Object value) {
        ParameterSpec spec = require(owner, name);
        return convert(owner, spec, value);
    }

    /** Converts {@code value} to the type of {@code spec}; see {@link #convert(String, String, Object)}. */
    public static Object convert(String owner, ParameterSpec spec, Object value) {
        String name = spec.name();
        switch (spec.type()) {
            case REAL:
                if (value instanceof Number number) {
                    return number.doubleValue();
                }
                break;
            case INTEGER:
                if (value instanceof Number number) {
                    double d = number.doubleValue();
                    if (d == Math.rint(d) && !Double.isInfinite(d)) {
                        return number.longValue();
                    }
                }
                break;
            case BOOLEAN:
                if (value instanceof Boolean flag) {
                    return flag;
                }
                break;
            case STRING:
                if (value instanceof String text) {
                    return text;
                }
                break;
            case STRING_LIST:
                if (value instanceof String text) {
                    return List.of(text);
                }
                if (value != null && value.getClass().isArray() && java.lang.reflect.Array.getLength(value) == 0) {
                    return List.of(); // an empty list from a front end that sends empty lists as number arrays
                }
                if (value instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance)) {
                    List<String> names = new ArrayList<>();
                    items.forEach(item -> names.add((String) item));
                    return List.copyOf(names);
                }
                break;
            case REAL_LIST:
                List<Double> numbers = numbers(value);
                if (numbers != null) {
                    return numbers;
                }
                break;
            default:
                break;
        }
        throw new BadPropertyException(owner, name, value, "must be of type " + typeName(spec.type()));
    }

    /** An unmodifiable list of the numbers in a collection or numeric array, or null if it is neither. */
    private static List<Double> numbers(Object value) {
        List<Double> numbers = new ArrayList<>();
        if (value instanceof double[] array) {
            for (double d : array) {
                numbers.add(d);
            }
        } else if (value instanceof long[] array) {
            for (long l : array) {
                numbers.add((double) l);
            }
        } else if (value instanceof Collection<?> items && items.stream().allMatch(Number.class::isInstance)) {
            items.forEach(item -> numbers.add(((Number) item).doubleValue()));
        } else {
            return null;
        }
        return List.copyOf(numbers);
    }

    private static String typeName(ParameterType type) {
        return switch (type) {
            case REAL -> "number";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean (true/false)";
            case STRING -> "string";
            case STRING_LIST -> "list of strings";
            case REAL_LIST -> "list of numbers";
        };
    }

    /**
     * The known name closest to {@code unknown} by edit distance, or empty if none is close enough
     * to be a plausible typo.
     */
    public static Optional<String> nearest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = editDistance(unknown.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best == null || bestDistance > Math.max(2, best.length() / 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
