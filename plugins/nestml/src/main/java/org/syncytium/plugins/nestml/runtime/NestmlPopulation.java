package org.syncytium.plugins.nestml.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.plugins.nestml.runtime.ModelLayout.Column;
import org.syncytium.plugins.nestml.runtime.ModelLayout.Kind;
import org.syncytium.support.ode.GslRkf45;

/**
 * Neurons of a NESTML model as structure-of-arrays columns, updated by the model's generated class.
 *
 * <p>Per step l of a slice (final pass, NEST's {@code update}): the update block runs with the spike
 * input of step l visible on the spike ports and the device current taken up after step l-1 on the
 * continuous port (NEST's I_stim); integrate_odes() advances the ODEs over h with RKF45; then the spikes of
 * step l make the kernel states jump and run onReceive; then the onCondition blocks run; emit_spike()
 * reports a spike at the end of step l. Trial passes (waveform relaxation) run the same step on a copy of
 * the state in the thread's generated instance, suppress spikes, publish V's polynomial per step (order
 * 0, 1 or 3 with h·dV/dt at both ends) and leave the columns untouched; the RKF45 step size carries over.
 */
public final class NestmlPopulation implements Population {

    private final NeuronModel model;
    private final CompiledModel compiled;
    private final ModelLayout layout;
    private final int size;
    private final double[][] columns;
    /** Vector variables, index [vector][neuron]: each neuron's own array, sized per neuron. */
    private final double[][][] vectors;
    /** For recordables past the scalar ones: the vector and the element each reads. */
    private final List<int[]> vectorRecordables = new ArrayList<>();
    /** Column of each recordable state, then -1 - k for recordable inline k. */
    private final int[] recordableColumns;
    private final List<String> recordables;
    private final double[] integrationStep;
    private final double[] iStim;
    /** Seeds of the neurons' own random numbers, from the kernel's RunContext at every prepare. */
    private final long[] seeds;
    private double[] lastV = new double[0];
    private final ThreadLocal<CompiledNeuron> workers;
    private final ThreadLocal<CompiledNeuron> probes;
    private final ThreadLocal<double[]> scratch;

    private boolean prepared;
    /** R, the model's receptor types (0: one receptor). */
    private final int receptors;
    private double resolution = Double.NaN;
    private int sliceSteps;
    private int order;
    private boolean gapCoupled;

    NestmlPopulation(NeuronModel model, CompiledModel compiled, int size) {
        this(model, compiled, size, false);
    }

    /** {@code prototype}: made while the model itself is being built (its schema is not there yet). */
    NestmlPopulation(NeuronModel model, CompiledModel compiled, int size, boolean prototype) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, was " + size);
        }
        this.model = model;
        this.compiled = compiled;
        this.layout = compiled.layout();
        this.size = size;
        int n = layout.columns().size();
        columns = new double[n][size];
        vectors = new double[layout.vectors().size()][size][];
        seeds = new long[size];
        CompiledNeuron first = compiled.newInstance();
        first.bind(columns, vectors, seeds);
        first.h = NestmlNeuronModel.DEFAULT_RESOLUTION;
        first.initialize(0);
        for (double[] column : columns) {
            Arrays.fill(column, column[0]);
        }
        for (double[][] vector : vectors) {
            for (int i = 1; i < size; i++) {
                vector[i] = vector[0].clone();
            }
        }
        List<String> names = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Column c = layout.columns().get(k);
            if (c.kind() == Kind.STATE && !c.hidden()) {
                names.add(c.name());
                where.add(k);
            }
        }
        for (int k = 0; k < layout.recordableInlines().size(); k++) {
            names.add(layout.recordableInlines().get(k));
            where.add(-1 - k);
        }
        // state vectors' elements as NESTML's NEST target names them (X_0, X_1, ...), at their default sizes
        for (int v = 0; v < vectors.length; v++) {
            if (layout.vectors().get(v).kind() == Kind.STATE) {
                for (int e = 0; e < vectors[v][0].length; e++) {
                    names.add(elementName(v, e));
                    vectorRecordables.add(new int[] {v, e});
                }
            }
        }
        recordables = List.copyOf(names);
        recordableColumns = where.stream().mapToInt(Integer::intValue).toArray();
        integrationStep = new double[size];
        Arrays.fill(integrationStep, Double.NaN);
        iStim = new double[size];
        receptors = compiled.layout().receptors();
        workers = ThreadLocal.withInitial(this::newWorker);
        probes = ThreadLocal.withInitial(this::newWorker);
        scratch = ThreadLocal.withInitial(() -> new double[Math.max(1, first.y.length)]);
    }

    private CompiledNeuron newWorker() {
        CompiledNeuron k = compiled.newInstance();
        k.bind(columns, vectors, seeds);
        k.receptorEx = new double[receptors];
        k.receptorIn = new double[receptors];
        k.receptorSliceEx = new double[receptors][];
        k.receptorSliceIn = new double[receptors][];
        k.h = Double.isNaN(resolution) ? NestmlNeuronModel.DEFAULT_RESOLUTION : resolution;
        return k;
    }

    @Override
    public NeuronModel model() {
        return model;
    }

    @Override
    public int size() {
        return size;
    }

    /** The default of a parameter or state column, from the prototype neuron. */
    double defaultValue(String name) {
        return columns[layout.column(name)][0];
    }

    /** The default of a vector variable, from the prototype neuron (a copy). */
    double[] defaultVector(String name) {
        return vectors[layout.vector(name)][0].clone();
    }

    /** NESTML's NEST target's recordable name of element {@code e} of vector {@code v}: upper-case name, _e. */
    private String elementName(int v, int e) {
        return layout.vectors().get(v).name().toUpperCase(java.util.Locale.ROOT) + "_" + e;
    }

    /** The names of the recordables, in index order. */
    List<String> recordables() {
        return recordables;
    }

    // ------------------------------------------------------------------ parameters and state

    private int settableColumn(String name) {
        int k = layout.column(name);
        if (k < 0 || layout.columns().get(k).hidden() || layout.columns().get(k).kind() == Kind.INTERNAL) {
            return -1;
        }
        return k;
    }

    @Override
    public double get(String name, int i) {
        checkIndex(i);
        int k = layout.column(name);
        k = k >= 0 && !layout.columns().get(k).hidden() ? k : -1;
        if (k < 0) {
            model.parameters().require(model.name(), name);
            if (settableVector(name) >= 0) {
                throw new BadPropertyException(model.name(), name, null, "is a vector: read it with getList");
            }
            throw new UnknownNameException("parameter of " + model.name(), name, model.parameters().names());
        }
        return columns[k][i];
    }

    private int settableVector(String name) {
        int v = layout.vector(name);
        return v >= 0 && layout.vectors().get(v).kind() != Kind.INTERNAL ? v : -1;
    }

    @Override
    public double[] getList(String name, int i) {
        checkIndex(i);
        int v = settableVector(name);
        if (v < 0) {
            model.parameters().require(model.name(), name);
            throw new BadPropertyException(model.name(), name, null, "is not a vector");
        }
        return vectors[v][i].clone();
    }

    @Override
    public void validate(int i, String[] names, double[] values) {
        validate(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public void validate(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        checkIndex(i);
        check(i, names, values, listNames, lists);
    }

    /** What a set of neuron i will store: the scalar columns and the vectors that change (else null). */
    private record Change(int[] targets, double[][] vectors) {
    }

    /**
     * Checks the values together against the declared constraints and the vectors' sizes: a new size
     * parameter resizes the vectors it sizes (kept elements, new ones 0, as NESTML's NEST target), and
     * a vector given in the same call must have that size.
     */
    private Change check(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        if (names.length != values.length || listNames.length != lists.length) {
            throw new IllegalArgumentException("names and values differ in number");
        }
        int[] targets = new int[names.length];
        for (int k = 0; k < names.length; k++) {
            model.parameters().require(model.name(), names[k]);
            targets[k] = settableColumn(names[k]);
            if (targets[k] < 0) {
                throw new BadPropertyException(model.name(), names[k], values[k], layout.vector(names[k]) >= 0
                        ? "is a vector: give a list of numbers" : "is an internal variable, computed from the parameters (read-only)");
            }
            if (Double.isNaN(values[k])) {
                throw new BadPropertyException(model.name(), names[k], values[k], "must be a number");
            }
        }
        double[][] trial = new double[columns.length][1];
        for (int c = 0; c < columns.length; c++) {
            trial[c][0] = columns[c][i];
        }
        for (int k = 0; k < names.length; k++) {
            trial[targets[k]][0] = values[k];
        }
        for (ModelLayout.Vector vector : layout.vectors()) {
            checkSize(trial, vector.sizeColumn(), Kind.PARAMETER);
        }
        // the internals first: one of them may size a vector
        double[][][] trialVectors = new double[vectors.length][1][];
        for (int v = 0; v < vectors.length; v++) {
            trialVectors[v][0] = vectors[v][i].clone();
        }
        CompiledNeuron probe = compiled.newInstance();
        probe.bind(trial, trialVectors, null);
        probe.h = Double.isNaN(resolution) ? NestmlNeuronModel.DEFAULT_RESOLUTION : resolution;
        try {
            probe.computeInternals(0);
        } catch (org.syncytium.api.error.KernelException e) {
            throw new BadPropertyException(model.name(), String.join(", ", names), Arrays.toString(values), e.getMessage());
        }
        double[][] changed = new double[vectors.length][];
        for (int v = 0; v < vectors.length; v++) {
            int sizeColumn = layout.vectors().get(v).sizeColumn();
            if (sizeColumn < 0 || layout.vectors().get(v).kind() == Kind.INTERNAL) {
                continue;
            }
            checkSize(trial, sizeColumn, Kind.INTERNAL);
            double n = trial[sizeColumn][0];
            if ((int) n != vectors[v][i].length) {
                changed[v] = Arrays.copyOf(vectors[v][i], (int) n);
            }
        }
        for (int k = 0; k < listNames.length; k++) {
            model.parameters().require(model.name(), listNames[k]);
            int v = settableVector(listNames[k]);
            if (v < 0) {
                throw new BadPropertyException(model.name(), listNames[k], Arrays.toString(lists[k]), "is not a vector");
            }
            ModelLayout.Vector vector = layout.vectors().get(v);
            int n = vector.sizeColumn() < 0 ? vector.fixedSize() : (int) trial[vector.sizeColumn()][0];
            if (lists[k].length != n) {
                throw new BadPropertyException(model.name(), listNames[k], Arrays.toString(lists[k]), "has "
                        + lists[k].length + (lists[k].length == 1 ? " element" : " elements") + " but the vector's size is " + n
                        + (vector.sizeColumn() < 0 ? "" : " (" + layout.columns().get(vector.sizeColumn()).name() + ")"));
            }
            for (double x : lists[k]) {
                if (Double.isNaN(x)) {
                    throw new BadPropertyException(model.name(), listNames[k], Arrays.toString(lists[k]), "must hold numbers");
                }
            }
            changed[v] = lists[k].clone();
        }
        for (int v = 0; v < vectors.length; v++) {
            if (changed[v] != null) {
                trialVectors[v][0] = changed[v].clone();
            }
        }
        probe.load(0);
        String violated = probe.violatedConstraint();
        if (violated != null) {
            throw new BadPropertyException(model.name(), names.length == 1 ? names[0] : String.join(", ", names),
                    values.length == 1 ? values[0] : Arrays.toString(values), "violates the constraint " + violated);
        }
        return new Change(targets, changed);
    }

    /** A size column of {@code kind} must hold a whole number >= 0 (a parameter given so, an internal computed so). */
    private void checkSize(double[][] trial, int sizeColumn, Kind kind) {
        if (sizeColumn < 0 || layout.columns().get(sizeColumn).kind() != kind) {
            return;
        }
        double n = trial[sizeColumn][0];
        if (n != Math.rint(n) || n < 0 || n > Integer.MAX_VALUE - 8) {
            List<String> sized = new ArrayList<>();
            for (ModelLayout.Vector other : layout.vectors()) {
                if (other.sizeColumn() == sizeColumn) {
                    sized.add(other.name());
                }
            }
            throw new BadPropertyException(model.name(), layout.columns().get(sizeColumn).name(), n,
                    (kind == Kind.INTERNAL ? "(an internal) " : "") + "must be a whole number >= 0: it sizes vector "
                    + String.join(", ", sized));
        }
    }

    @Override
    public void set(int i, String[] names, double[] values) {
        set(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public void set(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        checkIndex(i);
        Change change = check(i, names, values, listNames, lists);
        for (int k = 0; k < change.targets().length; k++) {
            columns[change.targets()[k]][i] = values[k];
        }
        for (int v = 0; v < vectors.length; v++) {
            if (change.vectors()[v] != null) {
                vectors[v][i] = change.vectors()[v];
            }
        }
        CompiledNeuron k = workers.get();
        k.h = Double.isNaN(resolution) ? NestmlNeuronModel.DEFAULT_RESOLUTION : resolution;
        k.computeInternals(i);
    }

    @Override
    public String option(String name) {
        model.parameters().require(model.name(), name);
        throw new BadPropertyException(model.name(), name, null, "is a per-neuron value, read it with get(\"" + name + "\", i)");
    }

    @Override
    public void setOption(String name, String value) {
        model.parameters().require(model.name(), name);
        throw new BadPropertyException(model.name(), name, value, "is a per-neuron value, set it with set(i, ...)");
    }

    @Override
    public int recordableIndex(String name) {
        int index = recordables.indexOf(name);
        if (index >= 0) {
            return index;
        }
        // an element past a vector's default size (its size parameter was raised): X_7
        synchronized (vectorRecordables) {
            for (int v = 0; v < vectors.length; v++) {
                String prefix = layout.vectors().get(v).name().toUpperCase(java.util.Locale.ROOT) + "_";
                if (layout.vectors().get(v).kind() == Kind.STATE && name.startsWith(prefix)
                        && name.substring(prefix.length()).matches("0|[1-9][0-9]{0,8}")) {
                    int e = Integer.parseInt(name.substring(prefix.length()));
                    for (int r = 0; r < vectorRecordables.size(); r++) {
                        if (vectorRecordables.get(r)[0] == v && vectorRecordables.get(r)[1] == e) {
                            return recordableColumns.length + r;
                        }
                    }
                    vectorRecordables.add(new int[] {v, e});
                    return recordableColumns.length + vectorRecordables.size() - 1;
                }
            }
        }
        return -1;
    }

    @Override
    public double recordable(int index, int i) {
        if (index >= recordableColumns.length) {
            int[] element = vectorRecordables.get(index - recordableColumns.length);
            double[] vector = vectors[element[0]][i];
            return element[1] < vector.length ? vector[element[1]] : Double.NaN; // this neuron's vector is shorter
        }
        int where = recordableColumns[index];
        if (where >= 0) {
            return columns[where][i];
        }
        CompiledNeuron probe = probes.get();
        probe.h = resolution;
        probe.load(i);
        return probe.inlineValue(-1 - where);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("neuron index " + i + " outside [0, " + size + ")");
        }
    }

    // ------------------------------------------------------------------ run preparation

    @Override
    public void prepare(RunContext context) {
        double h = context.resolution();
        int d = context.sliceSteps();
        int k = context.interpolationOrder();
        if (!(h > 0)) {
            throw new BadPropertyException(model.name(), "resolution", h, "must be > 0");
        }
        if (d < 1) {
            throw new BadPropertyException(model.name(), "min_delay (steps)", d, "must be >= 1");
        }
        if (context.gapCoupled() && !layout.gapJunctions()) {
            throw new BadPropertyException(model.name(), "gap_junctions", false,
                    "is not enabled for this model (NESTML code generator option gap_junctions)");
        }
        if (context.gapCoupled() && k != 0 && k != 1 && k != 3) {
            throw new BadPropertyException(model.name(), "wfr_interpolation_order", k, "must be 0, 1 or 3");
        }
        if (h != resolution) {
            Arrays.fill(integrationStep, h); // NEST starts the adaptive step at h
        }
        resolution = h;
        sliceSteps = d;
        order = k;
        gapCoupled = context.gapCoupled();
        if (lastV.length != size * d) {
            lastV = new double[size * d];
        }
        CompiledNeuron worker = workers.get();
        worker.h = h;
        for (int i = 0; i < size; i++) {
            worker.computeInternals(i);
            resizeToInternals(i);
            seeds[i] = context.randomSeed(i);
        }
        prepared = true;
    }

    /** A vector sized by an internal follows it (it may depend on the resolution): kept elements, new ones 0. */
    private void resizeToInternals(int i) {
        for (int v = 0; v < vectors.length; v++) {
            ModelLayout.Vector vector = layout.vectors().get(v);
            if (vector.kind() != Kind.INTERNAL && vector.sizeColumn() >= 0
                    && layout.columns().get(vector.sizeColumn()).kind() == Kind.INTERNAL) {
                int n = (int) Math.max(0, columns[vector.sizeColumn()][i]);
                if (n != vectors[v][i].length) {
                    vectors[v][i] = Arrays.copyOf(vectors[v][i], n);
                }
            }
        }
    }

    private CompiledNeuron worker() {
        if (!prepared) {
            throw new IllegalStateException(model.name() + ": prepare(RunContext) must be called before an update");
        }
        CompiledNeuron k = workers.get();
        k.h = resolution;
        return k;
    }

    // ------------------------------------------------------------------ passes

    @Override
    public void update(int from, int to, SliceIO io) {
        final CompiledNeuron k = worker();
        final double h = resolution;
        final int d = sliceSteps;
        final int width = order + 1;
        final boolean gap = gapCoupled;
        final int first = io.firstStep();
        final int end = io.endStep();
        final long origin = io.originStep();
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        // the worker's own holders: a pass allocates nothing
        final double[][] receptorEx = k.receptorSliceEx;
        final double[][] receptorIn = k.receptorSliceIn;
        for (int r = 0; r < receptors; r++) {
            receptorEx[r] = io.spikeExcitatory(r + 1);
            receptorIn[r] = io.spikeInhibitory(r + 1);
        }
        final double[] current = io.currentInput();
        final double[] gapS = gap ? io.gapConductance() : null;
        final double[] gapIn = gap ? io.gapCoefficientsIn() : null;
        final double[] gapOut = gap ? io.gapCoefficientsOut() : null;
        k.gapOrder = gap ? order : 0;
        clearGap(k);
        for (int i = from; i < to; i++) {
            k.load(i);
            k.stepSize = integrationStep[i];
            k.current = iStim[i];
            final boolean sampled = io.isSampled(i);
            final double s = gap ? gapS[i] : 0.0;
            for (int l = first; l < end; l++) {
                final int slot = i * d + l;
                if (gap) {
                    loadGap(k, s, gapIn, slot * width);
                }
                k.spikeEx = spikeEx != null ? spikeEx[slot] : 0.0;
                k.spikeIn = spikeIn != null ? spikeIn[slot] : 0.0;
                for (int r = 0; r < receptors; r++) {
                    k.receptorEx[r] = receptorEx[r][slot];
                    k.receptorIn[r] = receptorIn[r][slot];
                }
                k.time = (origin + l) * h;
                k.emitted = false;
                stepChecked(k, i, origin + l + 1);
                if (k.emitted) {
                    io.spike(i, l);
                }
                if (sampled && io.isSampledAfter(i, l)) {
                    k.store(i);
                    io.sample(i, l);
                }
                if (current != null) {
                    k.current = current[slot];
                }
            }
            k.store(i);
            integrationStep[i] = k.stepSize;
            iStim[i] = k.current;
            if (gap) {
                final double vEnd = k.gapVoltage();
                final int base = i * d;
                Arrays.fill(gapOut, base * width, (base + d) * width, 0.0);
                for (int l = 0; l < d; l++) {
                    gapOut[(base + l) * width] = vEnd;
                }
                Arrays.fill(lastV, base, base + d, 0.0);
            }
        }
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        final CompiledNeuron k = worker();
        final double h = resolution;
        final int d = sliceSteps;
        final int q = order;
        final int width = q + 1;
        final boolean gap = gapCoupled;
        final long origin = io.originStep();
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        // the worker's own holders: a pass allocates nothing
        final double[][] receptorEx = k.receptorSliceEx;
        final double[][] receptorIn = k.receptorSliceIn;
        for (int r = 0; r < receptors; r++) {
            receptorEx[r] = io.spikeExcitatory(r + 1);
            receptorIn[r] = io.spikeInhibitory(r + 1);
        }
        final double[] gapS = gap ? io.gapConductance() : null;
        final double[] gapIn = gap ? io.gapCoefficientsIn() : null;
        final double[] gapOut = gap ? io.gapCoefficientsOut() : null;
        final double[] last = lastV;
        final double[] yScratch = scratch.get();
        boolean converged = true;
        k.gapOrder = gap ? q : 0;
        clearGap(k);
        for (int i = from; i < to; i++) {
            k.load(i);
            k.stepSize = integrationStep[i];
            k.current = iStim[i];
            final double s = gap ? gapS[i] : 0.0;
            for (int l = 0; l < d; l++) {
                final int slot = i * d + l;
                if (gap) {
                    loadGap(k, s, gapIn, slot * width);
                }
                k.spikeEx = spikeEx != null ? spikeEx[slot] : 0.0;
                k.spikeIn = spikeIn != null ? spikeIn[slot] : 0.0;
                for (int r = 0; r < receptors; r++) {
                    k.receptorEx[r] = receptorEx[r][slot];
                    k.receptorIn[r] = receptorIn[r][slot];
                }
                k.time = (origin + l) * h;
                final double yStart = k.gapVoltage();
                double hfStart = 0.0;
                if (q == 3) {
                    hfStart = h * derivativeNow(k, 0.0, yScratch);
                }
                stepChecked(k, i, origin + l + 1);
                final double yEnd = k.gapVoltage();
                if (Math.abs(yEnd - last[slot]) > tolerance) {
                    converged = false;
                }
                last[slot] = yEnd;
                if (gapOut != null) {
                    final int out = slot * width;
                    gapOut[out] = yStart;
                    if (q == 1) {
                        gapOut[out + 1] = yEnd - yStart;
                    } else if (q == 3) {
                        final double hfEnd = h * derivativeNow(k, h, yScratch);
                        gapOut[out + 1] = hfStart;
                        gapOut[out + 2] = -3 * yStart + 3 * yEnd - 2 * hfStart - hfEnd;
                        gapOut[out + 3] = 2 * yStart - 2 * yEnd + hfStart + hfEnd;
                    }
                }
            }
            integrationStep[i] = k.stepSize;
        }
        return converged;
    }

    /** dV/dt of the gap membrane potential for the loaded fields at local time t. */
    private static double derivativeNow(CompiledNeuron k, double t, double[] yScratch) {
        k.odeFieldsToY();
        System.arraycopy(k.y, 0, yScratch, 0, yScratch.length);
        return k.gapVoltageDerivative(t, yScratch);
    }

    private static void clearGap(CompiledNeuron k) {
        k.gapS = 0.0;
        k.gc0 = 0.0;
        k.gc1 = 0.0;
        k.gc2 = 0.0;
        k.gc3 = 0.0;
    }

    private static void loadGap(CompiledNeuron k, double s, double[] coefficients, int offset) {
        k.gapS = s;
        k.gc0 = coefficients[offset];
        if (k.gapOrder >= 1) {
            k.gc1 = coefficients[offset + 1];
        }
        if (k.gapOrder >= 3) {
            k.gc2 = coefficients[offset + 2];
            k.gc3 = coefficients[offset + 3];
        }
    }

    private void stepChecked(CompiledNeuron k, int i, long stepEnd) {
        try {
            k.step();
        } catch (CompiledNeuron.StepCollapsed e) {
            throw instability(k, i, stepEnd, "cannot be integrated: the adaptive step size collapsed (more than " + GslRkf45.MAX_ATTEMPTS
                    + " RKF45 attempts in one step)");
        }
        k.odeFieldsToY();
        double sum = 0.0;
        for (double v : k.y) {
            sum += v;
        }
        if (Double.isNaN(sum) || Double.isInfinite(sum)) {
            throw instability(k, i, stepEnd, "became non-finite");
        }
    }

    private NumericalInstabilityException instability(CompiledNeuron k, int i, long step, String what) {
        k.store(i);
        StringBuilder state = new StringBuilder();
        for (int c = 0; c < columns.length; c++) {
            Column column = layout.columns().get(c);
            if (column.kind() == Kind.STATE && !column.hidden()) {
                state.append(state.length() == 0 ? "" : ", ").append(column.name()).append('=').append(columns[c][i]);
            }
        }
        return new NumericalInstabilityException(String.format(Locale.ROOT,
                "%s: state of neuron %d (population index) %s at t = %s ms (step %d): %s",
                model.name(), i, what, (float) (step * resolution), step, state), i);
    }
}
