package org.syncytium.plugins.iafpsc;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;

/**
 * What the two models' populations share, as structure of arrays: the parameter table (absolute
 * mV), the membrane potential relative to E_L ({@code y3}, so a change of E_L alone keeps the
 * absolute V_m), the refractory counters and the current input of the step.
 */
abstract class LifPopulation implements Population {

    private final NeuronModel model;
    private final LifParameters parameters;
    private final int size;
    private final int columnVm;
    private final int columnEl;
    /** Parameters by column (absolute mV); the V_m column is unused (see {@link #y3}). */
    final double[][] values;
    final double[] y3;
    final double[] iStim;
    final int[] refractory;
    final int[] refractorySteps;
    double resolution = Double.NaN;
    int sliceSteps;

    LifPopulation(NeuronModel model, LifParameters parameters, int size) {
        this.model = model;
        this.parameters = parameters;
        this.size = size;
        columnVm = parameters.column(LifParameters.V_M);
        columnEl = parameters.column(LifParameters.E_L);
        values = new double[parameters.count()][size];
        for (int k = 0; k < values.length; k++) {
            Arrays.fill(values[k], parameters.defaultValue(k));
        }
        y3 = new double[size];
        Arrays.fill(y3, parameters.defaultValue(columnVm) - parameters.defaultValue(columnEl));
        iStim = new double[size];
        refractory = new int[size];
        refractorySteps = new int[size];
    }

    /** The model's own checks of a complete row (absolute units). */
    abstract void check(double[] row);

    /** Propagators and constants of neuron {@code i} for step {@code h}. */
    abstract void prepare(int i, double h);

    /** The model's recordables other than V_m ({@code index} ≥ 1). */
    abstract double otherRecordable(int index, int i);

    final double[] column(String name) {
        return values[parameters.column(name)];
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
        int k = parameters.column(name);
        return k == columnVm ? y3[i] + values[columnEl][i] : values[k][i];
    }

    /** The neuron's row after applying the new values, in absolute units; V_m stays if only E_L changes. */
    private double[] proposedRow(int i, String[] names, double[] newValues) {
        if (names.length != newValues.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        double[] row = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            row[k] = k == columnVm ? y3[i] + values[columnEl][i] : values[k][i];
        }
        for (int n = 0; n < names.length; n++) {
            row[parameters.column(names[n])] = newValues[n];
        }
        return row;
    }

    @Override
    public final void validate(int i, String[] names, double[] newValues) {
        check(proposedRow(i, names, newValues));
    }

    @Override
    public final void set(int i, String[] names, double[] newValues) {
        double[] row = proposedRow(i, names, newValues);
        check(row);
        for (int k = 0; k < values.length; k++) {
            if (k != columnVm) {
                values[k][i] = row[k];
            }
        }
        y3[i] = row[columnVm] - row[columnEl];
        changed(i, names);
    }

    /** Neuron {@code i}'s parameters {@code names} were just set (a model keeping state derived from them). */
    void changed(int i, String[] names) {
    }

    @Override
    public final String option(String name) {
        throw new UnknownNameException("option of " + parameters.model(), name, List.of());
    }

    @Override
    public final void setOption(String name, String value) {
        throw new UnknownNameException("option of " + parameters.model(), name, List.of());
    }

    @Override
    public final int recordableIndex(String name) {
        return model.recordables().indexOf(name);
    }

    @Override
    public final double recordable(int index, int i) {
        return index == 0 ? y3[i] + values[columnEl][i] : otherRecordable(index, i);
    }

    @Override
    public final void prepare(RunContext context) {
        resolution = context.resolution();
        sliceSteps = context.sliceSteps();
        double[] tRef = column(LifParameters.T_REF);
        for (int i = 0; i < size; i++) {
            // NEST: Time(ms(t_ref)).get_steps(), the refractory time rounded to whole steps
            refractorySteps[i] = (int) Math.round(tRef[i] / resolution);
            prepare(i, resolution);
        }
    }

    final void requirePrepared() {
        if (Double.isNaN(resolution)) {
            throw new IllegalStateException("prepare() was not called");
        }
    }

    /** Stops the run naming the neuron whose potential is no longer finite. */
    final void checkFinite(int i, double v, SliceIO io) {
        if (!Double.isFinite(v)) {
            throw new NumericalInstabilityException(parameters.model() + ": neuron " + i + " has V_m = "
                    + (v + values[columnEl][i]) + " mV at " + (io.originStep() + io.endStep()) * resolution + " ms", i);
        }
    }

    @Override
    public final boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new BadPropertyException(parameters.model(), "gap junctions", "trial pass",
                "are not supported by this model");
    }
}
