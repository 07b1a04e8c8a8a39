package org.syncytium.support.neuron;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * A population's real-valued parameters and named state as columns, in the order of the model's
 * schema (structure of arrays: {@code column(c)[i]} is neuron i's value), starting at the schema's
 * defaults. It answers {@code Population.get} and builds the row a {@code set} would leave, so that
 * a model checks the whole row before anything changes.
 */
public final class ParameterColumns {

    private final String model;
    private final ParameterSchema schema;
    private final List<ParameterSpec> specs;
    private final double[][] columns;

    /**
     * Columns for {@code size} neurons of {@code model}, every spec of {@code schema} a real with a number
     * default or a boolean (kept as 1.0 / 0.0, as the kernel hands a neuron's flags to its population).
     */
    public ParameterColumns(String model, ParameterSchema schema, int size) {
        this.model = model;
        this.schema = schema;
        this.specs = schema.specs();
        columns = new double[specs.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new double[size];
            Object value = specs.get(c).defaultValue();
            Arrays.fill(columns[c], value instanceof Boolean flag ? (flag ? 1.0 : 0.0) : ((Number) value).doubleValue());
        }
    }

    /** Column index of {@code name}; throws UnknownNameException naming the nearest parameter if there is none. */
    public int index(String name) {
        for (int c = 0; c < specs.size(); c++) {
            if (specs.get(c).name().equals(name)) {
                return c;
            }
        }
        schema.require(model, name);
        throw new IllegalStateException(name);
    }

    /** The values of column {@code c}, one per neuron (the array itself: models read and write it). */
    public double[] column(int c) {
        return columns[c];
    }

    /** Every column, by index (the arrays themselves, for a model's hot loop). */
    public double[][] columns() {
        return columns.clone();
    }

    /** Name of column {@code c}. */
    public String name(int c) {
        return specs.get(c).name();
    }

    /** Neuron {@code i}'s value of {@code name}. */
    public double get(String name, int i) {
        return columns[index(name)][i];
    }

    /**
     * Neuron {@code i}'s row after setting {@code names} to {@code values}, each of which must be finite;
     * nothing is stored.
     *
     * @throws BadPropertyException naming a value that is not a finite number
     */
    public double[] proposedRow(int i, String[] names, double[] values) {
        double[] row = new double[columns.length];
        for (int c = 0; c < columns.length; c++) {
            row[c] = columns[c][i];
        }
        for (int j = 0; j < names.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new BadPropertyException(model, names[j], values[j], "must be a finite number");
            }
            row[index(names[j])] = values[j];
        }
        return row;
    }

    /** Stores {@code values} for neuron {@code i} (after the model checked {@link #proposedRow}). */
    public void set(int i, String[] names, double[] values) {
        for (int j = 0; j < names.length; j++) {
            columns[index(names[j])][i] = values[j];
        }
    }

    /** Throws a BadPropertyException for column {@code c} of {@code row} with {@code rule} unless {@code holds}. */
    public void require(double[] row, int c, boolean holds, String rule) {
        if (!holds) {
            throw new BadPropertyException(model, specs.get(c).name(), row[c], rule);
        }
    }
}
