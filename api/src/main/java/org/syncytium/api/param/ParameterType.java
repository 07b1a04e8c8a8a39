package org.syncytium.api.param;

/** The value type of a parameter, used to check and convert user input. */
public enum ParameterType {
    /** A double; accepts any number. */
    REAL,
    /** A long integer; accepts integral numbers only. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A string, e.g. {@code record_to: "memory"}. */
    STRING,
    /** A list of strings, e.g. {@code record_from: ["V_m"]}. */
    STRING_LIST,
    /**
     * A list of numbers in the spec's unit, e.g. {@code spike_times: [1.0, 2.5]} (ms).
     *
     * @since api.param 1.1
     */
    REAL_LIST
}
