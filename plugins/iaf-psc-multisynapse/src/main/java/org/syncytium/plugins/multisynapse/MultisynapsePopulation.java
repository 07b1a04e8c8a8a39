package org.syncytium.plugins.multisynapse;

import java.util.Arrays;
import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSpec;

/**
 * What the two models' populations share: the scalar parameters as columns (absolute mV), the
 * membrane potential relative to E_L (so that a change of E_L alone keeps the absolute V_m, as NEST),
 * each neuron's {@code tau_syn} list and its own arrays of receptor state (one array per neuron, so
 * that setting one neuron's list costs its length, not the population's), the refractory counters
 * and the current input of the step. A neuron's number of receptors is the length of its list; once
 * a connection ends on one of them it no longer changes (NEST's {@code has_connections}).
 */
abstract class MultisynapsePopulation implements Population {

    private static final String I_SYN = "I_syn";
    private static final String I_SYN_PREFIX = "I_syn_";

    private final MultisynapseModel model;
    private final int size;
    private final List<ParameterSpec> scalars;
    /** Scalar parameters by column, absolute; the V_m column is unused (see {@link #v}). */
    final double[][] columns;
    final int columnVm;
    final int columnEl;
    final int columnVth;
    final int columnVreset;
    /** Membrane potential relative to E_L, mV. */
    final double[] v;
    final double[][] tauSyn;
    final boolean[] connected;
    final double[] iStim;
    final int[] refractory;
    final int[] refractorySteps;
    double resolution = Double.NaN;
    int sliceSteps;
    /** Per thread: the updates run on several threads at once, each over its own neurons. */
    /** Neurons stepped together by {@link #updateLanes}. */
    private static final int LANES = 4;
    /** Per thread: rows and lane state for {@link #update} (reused: a run allocates nothing). */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    MultisynapsePopulation(MultisynapseModel model, int size) {
        this.model = model;
        this.size = size;
        scalars = model.scalars();
        columns = new double[scalars.size()][size];
        for (int c = 0; c < columns.length; c++) {
            Arrays.fill(columns[c], (Double) scalars.get(c).defaultValue());
        }
        columnVm = column(MultisynapseModel.V_M);
        columnEl = column(MultisynapseModel.E_L);
        columnVth = column(MultisynapseModel.V_TH);
        columnVreset = column(MultisynapseModel.V_RESET);
        v = new double[size];
        Arrays.fill(v, columns[columnVm][0] - columns[columnEl][0]);
        tauSyn = new double[size][];
        for (int i = 0; i < size; i++) {
            tauSyn[i] = new double[] {MultisynapseModel.DEFAULT_TAU_SYN};
        }
        connected = new boolean[size];
        iStim = new double[size];
        refractory = new int[size];
        refractorySteps = new int[size];
    }

    /** Gives neuron {@code i} state arrays for {@code n} receptors: the first elements kept, new ones 0. */
    abstract void resizeReceptors(int i, int n);

    /** The synaptic current of receptor {@code k} (0-based) of neuron {@code i}, pA. */
    abstract double current(int i, int k);

    /** Propagators of neuron {@code i} for step {@code h}, ms. */
    abstract void prepare(int i, double h);

    /**
     * Advances neuron {@code i}'s n receptors over one step, taking up their spike input
     * {@code input[k]} (receptor k + 1), and stores at {@code terms[k]} what receptor k adds to V at
     * that step (from its state at the start of the step). Every array is indexed by k alone, which
     * lets the JIT vectorise the loop (an offset on one array would make it assume they overlap).
     */
    abstract void receptors(int i, int n, double[] input, double[] terms);

    /** V (relative to E_L, mV) after one step of the membrane's own propagation with current {@code stim} pA besides I_e. */
    abstract double membrane(int i, double v, double stim);

    /** Lower bound of V relative to E_L, mV: none unless the model has one. */
    double lowerBound(int i) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * Per neuron and step: the step's input of all receptors (side by side in the slice's array)
     * copied out, the receptors advanced, and the terms they add to V added in NEST's order (receptor 1
     * first), so that V is computed as NEST computes it, then the threshold. Four neighbours with as
     * many receptors, none of them recorded, go together ({@link #updateLanes}).
     */
    @Override
    public final void update(int from, int to, SliceIO io) {
        requirePrepared();
        final Scratch s = scratch.get();
        for (int i = from; i < to; ) {
            final int n = tauSyn[i].length;
            s.fit(n);
            if (i + LANES <= to && together(i, n, io)) {
                updateLanes(i, n, io, s);
                i += LANES;
            } else {
                updateOne(i, n, io, s);
                i++;
            }
        }
    }

    private boolean together(int i, int n, SliceIO io) {
        for (int j = i; j < i + LANES; j++) {
            if (tauSyn[j].length != n || io.isSampled(j)) {
                return false;
            }
        }
        return true;
    }

    private void updateOne(int i, int n, SliceIO io, Scratch s) {
        final int d = sliceSteps;
        final double[] spikes = io.spikeReceptors();
        final int stride = io.spikeReceptorStride();
        final double[] currents = io.currentInput();
        final boolean sampled = io.isSampled(i);
        final double[] input = s.input[0];
        final double[] terms = s.terms[0];
        double vi = v[i];
        double stim = iStim[i];
        int r = refractory[i];
        final double theta = threshold(i);
        final double reset = reset(i);
        final double lower = lowerBound(i);
        for (int l = io.firstStep(); l < io.endStep(); l++) {
            System.arraycopy(spikes, (i * d + l) * stride, input, 0, n);
            receptors(i, n, input, terms);
            if (r == 0) {
                vi = membrane(i, vi, stim);
                for (int k = 0; k < n; k++) {
                    vi += terms[k];
                }
                vi = vi < lower ? lower : vi;
            } else {
                r--;
            }
            if (vi >= theta) {
                r = refractorySteps[i];
                vi = reset;
                io.spike(i, l);
            }
            stim = currents[i * d + l];
            if (sampled && io.isSampledAfter(i, l)) {
                v[i] = vi;
                io.sample(i, l);
            }
        }
        checkFinite(i, vi, io);
        v[i] = vi;
        iStim[i] = stim;
        refractory[i] = r;
    }

    /**
     * {@link #updateOne} for neurons i to i + 3 at once: each V is the same sum in the same order, but
     * the four sums run side by side. One sum of 100 terms is a chain of 100 dependent additions, which
     * takes the adder's latency for each; four independent chains fill its pipeline.
     */
    private void updateLanes(int i, int n, SliceIO io, Scratch s) {
        final int d = sliceSteps;
        final double[] spikes = io.spikeReceptors();
        final int stride = io.spikeReceptorStride();
        final double[] currents = io.currentInput();
        for (int g = 0; g < LANES; g++) {
            s.v[g] = v[i + g];
            s.stim[g] = iStim[i + g];
            s.refractory[g] = refractory[i + g];
            s.theta[g] = threshold(i + g);
            s.reset[g] = reset(i + g);
            s.lower[g] = lowerBound(i + g);
        }
        final double[] t0 = s.terms[0];
        final double[] t1 = s.terms[1];
        final double[] t2 = s.terms[2];
        final double[] t3 = s.terms[3];
        for (int l = io.firstStep(); l < io.endStep(); l++) {
            for (int g = 0; g < LANES; g++) {
                System.arraycopy(spikes, ((i + g) * d + l) * stride, s.input[g], 0, n);
                receptors(i + g, n, s.input[g], s.terms[g]);
                s.sum[g] = s.refractory[g] == 0 ? membrane(i + g, s.v[g], s.stim[g]) : 0.0;
            }
            double a0 = s.sum[0];
            double a1 = s.sum[1];
            double a2 = s.sum[2];
            double a3 = s.sum[3];
            for (int k = 0; k < n; k++) {
                a0 += t0[k];
                a1 += t1[k];
                a2 += t2[k];
                a3 += t3[k];
            }
            s.sum[0] = a0;
            s.sum[1] = a1;
            s.sum[2] = a2;
            s.sum[3] = a3;
            for (int g = 0; g < LANES; g++) {
                if (s.refractory[g] == 0) {
                    s.v[g] = s.sum[g] < s.lower[g] ? s.lower[g] : s.sum[g];
                } else {
                    s.refractory[g]--;
                }
                if (s.v[g] >= s.theta[g]) {
                    s.refractory[g] = refractorySteps[i + g];
                    s.v[g] = s.reset[g];
                    io.spike(i + g, l);
                }
                s.stim[g] = currents[(i + g) * d + l];
            }
        }
        for (int g = 0; g < LANES; g++) {
            checkFinite(i + g, s.v[g], io);
            v[i + g] = s.v[g];
            iStim[i + g] = s.stim[g];
            refractory[i + g] = s.refractory[g];
        }
    }

    /** V_th relative to E_L, mV. */
    private double threshold(int i) {
        return columns[columnVth][i] - columns[columnEl][i];
    }

    /** V_reset relative to E_L, mV. */
    private double reset(int i) {
        return columns[columnVreset][i] - columns[columnEl][i];
    }

    /** The model's own check of a row and list beyond the shared ones (NEST: tau_syn must differ from tau_m). */
    void checkTau(double[] row, double tau) {
    }

    final int column(String name) {
        for (int c = 0; c < scalars.size(); c++) {
            if (scalars.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    final double[] column(int c) {
        return columns[c];
    }

    @Override
    public final MultisynapseModel model() {
        return model;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final double get(String name, int i) {
        model.parameters().require(model.name(), name);
        return switch (name) {
            case MultisynapseModel.V_M -> v[i] + columns[columnEl][i];
            case MultisynapseModel.N_SYNAPSES -> tauSyn[i].length;
            case MultisynapseModel.HAS_CONNECTIONS -> connected[i] ? 1.0 : 0.0;
            case MultisynapseModel.TAU_SYN -> throw new BadPropertyException(model.name(), name, null, "is a list");
            default -> columns[column(name)][i];
        };
    }

    @Override
    public final double[] getList(String name, int i) {
        model.parameters().require(model.name(), name);
        if (!MultisynapseModel.TAU_SYN.equals(name)) {
            return Population.super.getList(name, i);
        }
        return tauSyn[i].clone();
    }

    @Override
    public final void validate(int i, String[] names, double[] values) {
        validate(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public final void set(int i, String[] names, double[] values) {
        set(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public final void validate(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        check(i, proposedRow(i, names, values), proposedTau(i, listNames, lists));
    }

    @Override
    public final void set(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        double[] row = proposedRow(i, names, values);
        double[] tau = proposedTau(i, listNames, lists);
        check(i, row, tau);
        for (int c = 0; c < columns.length; c++) {
            if (c != columnVm) {
                columns[c][i] = row[c];
            }
        }
        v[i] = row[columnVm] - row[columnEl];
        if (tau != null) {
            tauSyn[i] = tau.clone();
            resizeReceptors(i, tau.length);
        }
    }

    /** Neuron i's scalars after the call, absolute: V_m, V_th, V_reset and V_min keep their values unless given. */
    private double[] proposedRow(int i, String[] names, double[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        double[] row = new double[columns.length];
        for (int c = 0; c < columns.length; c++) {
            row[c] = c == columnVm ? v[i] + columns[columnEl][i] : columns[c][i];
        }
        for (int n = 0; n < names.length; n++) {
            model.parameters().require(model.name(), names[n]);
            int c = column(names[n]);
            if (c < 0) {
                throw new BadPropertyException(model.name(), names[n], values[n], MultisynapseModel.TAU_SYN.equals(names[n])
                        ? "is a list: give one number per receptor"
                        : "is read-only: the number of receptors is the length of tau_syn, and a neuron has"
                        + " connections once one ends on it");
            }
            if (Double.isNaN(values[n])) {
                throw new BadPropertyException(model.name(), names[n], values[n], "must be a number");
            }
            row[c] = values[n];
        }
        return row;
    }

    /** The new tau_syn list of the call, or null if it has none. */
    private double[] proposedTau(int i, String[] listNames, double[][] lists) {
        double[] tau = null;
        for (int n = 0; n < listNames.length; n++) {
            model.parameters().require(model.name(), listNames[n]);
            if (!MultisynapseModel.TAU_SYN.equals(listNames[n])) {
                throw new BadPropertyException(model.name(), listNames[n], null, "is not a list");
            }
            tau = lists[n];
        }
        return tau;
    }

    /** NEST's checks, in NEST's order; the list's only when the call gives one. */
    private void check(int i, double[] row, double[] tau) {
        require(row, MultisynapseModel.C_M, row[column(MultisynapseModel.C_M)] > 0,
                "must be > 0 (capacitance must be strictly positive)");
        require(row, MultisynapseModel.TAU_M, row[column(MultisynapseModel.TAU_M)] > 0,
                "must be > 0 (membrane time constant must be strictly positive)");
        if (tau != null) {
            if (tau.length != tauSyn[i].length && connected[i]) {
                throw new BadPropertyException(model.name(), MultisynapseModel.TAU_SYN, Arrays.toString(tau),
                        "cannot change the number of receptors of a neuron that has connections (it has "
                        + tauSyn[i].length + ")");
            }
            for (double t : tau) {
                if (!(t > 0)) {
                    throw new BadPropertyException(model.name(), MultisynapseModel.TAU_SYN, Arrays.toString(tau),
                            "every synaptic time constant must be > 0 (found " + t + ")");
                }
                checkTau(row, t);
            }
        }
        require(row, MultisynapseModel.T_REF, row[column(MultisynapseModel.T_REF)] >= 0,
                "must be >= 0 (refractory time must not be negative)");
        require(row, MultisynapseModel.V_RESET, row[column(MultisynapseModel.V_RESET)] < row[column(MultisynapseModel.V_TH)],
                "must be < V_th = " + row[column(MultisynapseModel.V_TH)] + " (reset potential must be smaller than threshold)");
    }

    final void require(double[] row, String name, boolean ok, String rule) {
        if (!ok) {
            throw new BadPropertyException(model.name(), name, row[column(name)], rule);
        }
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
    public final int spikeReceptors(int i) {
        return tauSyn[i].length;
    }

    @Override
    public final void receptorConnected(int i, int receptor) {
        connected[i] = true;
    }

    /** V_m, I_syn and I_syn_1 to I_syn_n for the neuron's n receptors, as NEST lists them per node. */
    @Override
    public final List<String> recordables(int i) {
        List<String> names = new java.util.ArrayList<>(List.of(MultisynapseModel.V_M, I_SYN));
        for (int k = 1; k <= tauSyn[i].length; k++) {
            names.add(I_SYN_PREFIX + k);
        }
        return names;
    }

    /** V_m 0, I_syn 1 (the sum), I_syn_k 1 + k for the receptors some neuron of the population has. */
    @Override
    public final int recordableIndex(String name) {
        if (name.equals(MultisynapseModel.V_M)) {
            return 0;
        }
        if (name.equals(I_SYN)) {
            return 1;
        }
        if (name.startsWith(I_SYN_PREFIX) && name.length() > I_SYN_PREFIX.length()
                && name.substring(I_SYN_PREFIX.length()).chars().allMatch(Character::isDigit)
                && name.length() < I_SYN_PREFIX.length() + 10 && name.charAt(I_SYN_PREFIX.length()) != '0') {
            int k = Integer.parseInt(name.substring(I_SYN_PREFIX.length()));
            for (double[] tau : tauSyn) {
                if (k <= tau.length) {
                    return 1 + k;
                }
            }
        }
        return -1;
    }

    /** V_m, the sum of the currents, or receptor k's current (0 for a neuron without receptor k). */
    @Override
    public final double recordable(int index, int i) {
        if (index == 0) {
            return v[i] + columns[columnEl][i];
        }
        int n = tauSyn[i].length;
        if (index == 1) {
            double sum = 0.0;
            for (int k = 0; k < n; k++) {
                sum += current(i, k);
            }
            return sum;
        }
        int k = index - 2;
        return k < n ? current(i, k) : 0.0;
    }

    @Override
    public final void prepare(RunContext context) {
        resolution = context.resolution();
        sliceSteps = context.sliceSteps();
        double[] tRef = columns[column(MultisynapseModel.T_REF)];
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
    final void checkFinite(int i, double vRelative, SliceIO io) {
        if (!Double.isFinite(vRelative)) {
            throw new NumericalInstabilityException(model.name() + ": neuron " + i + " has V_m = "
                    + (vRelative + columns[columnEl][i]) + " mV at " + (io.originStep() + io.endStep()) * resolution
                    + " ms", i);
        }
    }

    /** A thread's rows (a step's input and terms per lane) and the state of four lanes. */
    private static final class Scratch {
        double[][] input = new double[LANES][64];
        double[][] terms = new double[LANES][64];
        final double[] v = new double[LANES];
        final double[] stim = new double[LANES];
        final double[] theta = new double[LANES];
        final double[] reset = new double[LANES];
        final double[] lower = new double[LANES];
        final double[] sum = new double[LANES];
        final int[] refractory = new int[LANES];

        /** Rows of at least {@code n} values: allocated when longer ones are needed, else reused. */
        void fit(int n) {
            if (input[0].length < n) {
                int grown = Math.max(n, 2 * input[0].length);
                input = new double[LANES][grown];
                terms = new double[LANES][grown];
            }
        }
    }

    @Override
    public final boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new BadPropertyException(model.name(), "gap junctions", "trial pass", "are not supported by this model");
    }
}
