package org.syncytium.support.neuron;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSchema;

/**
 * What a population whose parameters and named state live in a {@link ParameterColumns} table has in
 * common with every other such population: get, an all-or-nothing set after the model's check of the
 * whole row, no population options, recordables by the model's list, and no gap junctions. A model
 * supplies its row check, its step and its recordables' values.
 */
public abstract class ColumnPopulation implements Population {

    private final NeuronModel model;
    private final int size;
    /** The parameter table. */
    protected final ParameterColumns table;
    /** The table's arrays by column index (a model's hot loop reads them directly). */
    protected final double[][] columns;

    protected ColumnPopulation(NeuronModel model, ParameterSchema schema, int size) {
        this.model = model;
        this.size = size;
        this.table = new ParameterColumns(model.name(), schema, size);
        this.columns = table.columns();
    }

    /**
     * The model's checks of neuron {@code i}'s row as a set would leave it; throw a
     * BadPropertyException (e.g. through {@link ParameterColumns#require}) for a value it refuses.
     */
    protected abstract void check(double[] row);

    /** Called after neuron {@code i}'s values changed (e.g. to renew a refractory count); nothing by default. */
    protected void changed(int i) {
    }

    @Override
    public final NeuronModel model() {
        return model;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final double get(String name, int i) {
        return table.get(name, i);
    }

    @Override
    public final void validate(int i, String[] names, double[] values) {
        check(table.proposedRow(i, names, values));
    }

    @Override
    public final void set(int i, String[] names, double[] values) {
        validate(i, names, values);
        table.set(i, names, values);
        changed(i);
    }

    @Override
    public final String option(String name) {
        throw new BadPropertyException(model.name(), name, null, "this model has no options");
    }

    @Override
    public final void setOption(String name, String value) {
        throw new BadPropertyException(model.name(), name, value, "this model has no options");
    }

    @Override
    public final int recordableIndex(String name) {
        return model.recordables().indexOf(name);
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new BadPropertyException(model.name(), "gap junctions", "trial pass", "are not supported by this model");
    }
}
