package org.syncytium.plugins.nestml.runtime;

import java.util.List;
import java.util.Map;

/**
 * What the population needs to know about a compiled model: its columns (parameters, internals, state
 * in that order) and which of them users may set and record.
 *
 * @param modelName        NEST-style model name
 * @param line             line of {@code model NAME:} in the file
 * @param file             source file, for messages
 * @param columns          every column in storage order
 * @param recordableInlines names of {@code recordable inline} expressions, in {@link CompiledNeuron#inlineValue} order
 * @param gapJunctions     true if the model was marked for gap junctions
 * @param description      one line for listings
 * @param receptorTypes    NEST's receptor_types: upper-case spike port name to receptor type 1..R; empty for one receptor
 * @param vectors          vector variables ({@code x[N]}), each neuron's own array, in {@link CompiledNeuron#vectors} order
 */
public record ModelLayout(String modelName, int line, String file, List<Column> columns, List<String> recordableInlines,
        boolean gapJunctions, String description, Map<String, Integer> receptorTypes, List<Vector> vectors) {

    /** R, the number of receptor types (0: one receptor, receptor_type 0). */
    public int receptors() {
        int r = 0;
        for (int number : receptorTypes.values()) {
            r = Math.max(r, number);
        }
        return r;
    }

    /** What a column holds. */
    public enum Kind { PARAMETER, INTERNAL, STATE }

    /**
     * One column.
     *
     * @param name  variable name as in the file (kernel states as NESTML names them, e.g. {@code K__X__spikes})
     * @param kind  parameter, internal or state
     * @param unit  unit text as declared, empty for real/integer/boolean
     * @param type  {@code real}, {@code integer}, {@code boolean} or the unit
     * @param hidden true for columns the code generator adds (kernel amplitudes and time constants)
     * @param description the comment at the end of the declaration's line, or empty
     */
    public record Column(String name, Kind kind, String unit, String type, boolean hidden, String description) {
    }

    /**
     * One vector variable.
     *
     * @param name        variable name as in the file
     * @param kind        parameter, internal or state
     * @param unit        unit text as declared, empty for real/integer/boolean
     * @param type        {@code real}, {@code integer}, {@code boolean} or the unit
     * @param sizeColumn  the column of the integer parameter that sizes it, or -1 for a fixed size
     * @param fixedSize   its size when {@code sizeColumn} is -1
     * @param description the comment at the end of the declaration's line, or empty
     */
    public record Vector(String name, Kind kind, String unit, String type, int sizeColumn, int fixedSize, String description) {
    }

    /** Index of the vector called {@code name}, or -1. */
    public int vector(String name) {
        for (int k = 0; k < vectors.size(); k++) {
            if (vectors.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /** Index of the column called {@code name}, or -1. */
    public int column(String name) {
        for (int k = 0; k < columns.size(); k++) {
            if (columns.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
