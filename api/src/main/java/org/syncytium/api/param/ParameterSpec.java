package org.syncytium.api.param;

import java.util.List;
import java.util.Objects;

/**
 * One parameter or settable state variable: NEST name, type, default, unit and meaning.
 *
 * @param name         NEST name, e.g. {@code "C_m"}
 * @param type         value type
 * @param defaultValue default: {@link Double}, {@link Long}, {@link Boolean}, {@link String} or
 *                     {@code List<String>} according to {@code type}; {@code null} if none
 * @param unit         unit such as {@code "mV"}, {@code "pF"}, {@code "nS"}, {@code "ms"}, {@code "Hz"};
 *                     empty for dimensionless values
 * @param description  one line
 * @param timeGrid     true if a value (a time in ms) must be a whole number of steps of the
 *                     resolution, as NEST's device times {@code start}, {@code stop} and
 *                     {@code origin}: the kernel refuses other values when they are set (since api.param 1.4)
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, String unit, String description,
        boolean timeGrid) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    /** A parameter without the time-grid rule (the form before api.param 1.4). */
    public ParameterSpec(String name, ParameterType type, Object defaultValue, String unit, String description) {
        this(name, type, defaultValue, unit, description, false);
    }

    /**
     * This parameter with the rule that its value, a time in ms, lies on the grid of the resolution
     * (NEST refuses device times off it; rounding would move them silently). @since api.param 1.4
     */
    public ParameterSpec onTimeGrid() {
        return new ParameterSpec(name, type, defaultValue, unit, description, true);
    }

    /** A real parameter with a unit. */
    public static ParameterSpec real(String name, double defaultValue, String unit, String description) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, unit, description);
    }

    /** An integer parameter. */
    public static ParameterSpec integer(String name, long defaultValue, String unit, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, unit, description);
    }

    /** A boolean flag. */
    public static ParameterSpec bool(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, "", description);
    }

    /** A string setting. */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.STRING, defaultValue, "", description);
    }

    /** A list of numbers in {@code unit}. @since api.param 1.1 */
    public static ParameterSpec realList(String name, List<Double> defaultValue, String unit, String description) {
        return new ParameterSpec(name, ParameterType.REAL_LIST, List.copyOf(defaultValue), unit, description);
    }

    /** A list of names. */
    public static ParameterSpec textList(String name, List<String> defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.STRING_LIST, List.copyOf(defaultValue), "", description);
    }

    /** The default rendered for listings, e.g. {@code "40.0 pF"}. */
    public String defaultText() {
        String value = String.valueOf(defaultValue);
        return unit.isEmpty() ? value : value + " " + unit;
    }
}
