package org.syncytium.launcher.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.syncytium.api.param.RandomParameter;

/**
 * Turns resolved scenario values into what the api takes: nested maps stay maps, except a
 * one-entry mapping named after a distribution, which becomes a {@link RandomParameter}:
 * {@code {uniform: {min: -80, max: -40}}}, {@code {normal: {mean, std}}},
 * {@code {lognormal: {mean, std}}}, {@code {exponential: {beta}}} (or the arguments as a list).
 */
final class ApiValues {

    private static final Map<String, List<String>> ARGUMENTS = Map.of(
            "uniform", List.of("min", "max"),
            "normal", List.of("mean", "std"),
            "lognormal", List.of("mean", "std"),
            "exponential", List.of("beta"),
            "uniform_int", List.of("max"));
    private static final Map<String, List<Double>> DEFAULTS = Map.of(
            "uniform", List.of(0.0, 1.0),
            "normal", List.of(0.0, 1.0),
            "lognormal", List.of(0.0, 1.0),
            "exponential", List.of(1.0),
            "uniform_int", List.of(Double.NaN)); // required: the sampler names it if missing

    private ApiValues() {
    }

    /** A parameter mapping (e.g. {@code params}, {@code syn_spec}) with random parameters converted. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parameterMap(YamlNode where, Object resolved) {
        if (resolved == null) {
            return new LinkedHashMap<>();
        }
        if (!(resolved instanceof Map)) {
            throw where.error("expected a mapping of parameters (name: value), found " + where.describe());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<String, Object>) resolved).forEach((key, value) -> out.put(key, value(where, key, value)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(YamlNode where, String key, Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            String distribution = String.valueOf(map.keySet().iterator().next());
            if (ARGUMENTS.containsKey(distribution)) {
                return random(where, key, distribution, map.get(distribution));
            }
        }
        if (value instanceof Map<?, ?> map) {
            Set<?> keys = map.keySet();
            throw where.error(key + ": a mapping here must be one random distribution such as {uniform: {min: 0, max: 1}};"
                    + " found keys " + keys + " (known: " + String.join(", ", new java.util.TreeSet<>(ARGUMENTS.keySet())) + ")");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static RandomParameter random(YamlNode where, String key, String distribution, Object spec) {
        List<String> names = ARGUMENTS.get(distribution);
        Double[] args = DEFAULTS.get(distribution).toArray(new Double[0]);
        if (spec instanceof List<?> list) {
            if (list.size() != names.size()) {
                throw where.error(key + ": " + distribution + " takes " + names.size() + " arguments " + names);
            }
            for (int i = 0; i < names.size(); i++) {
                args[i] = number(where, key, distribution, names.get(i), list.get(i));
            }
        } else if (spec instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : ((Map<Object, Object>) map).entrySet()) {
                int i = names.indexOf(String.valueOf(entry.getKey()));
                if (i < 0) {
                    throw where.error(key + ": " + distribution + " has no argument \"" + entry.getKey() + "\" (arguments: " + names + ")");
                }
                args[i] = number(where, key, distribution, names.get(i), entry.getValue());
            }
        } else {
            throw where.error(key + ": " + distribution + " needs its arguments " + names + " as a mapping or a list");
        }
        return new RandomParameter(distribution, List.of(args));
    }

    private static Double number(YamlNode where, String key, String distribution, String argument, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw where.error(key + ": " + distribution + " " + argument + " must be a number, found \"" + value + "\"");
    }
}
