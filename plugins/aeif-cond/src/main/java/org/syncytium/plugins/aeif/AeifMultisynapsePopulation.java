package org.syncytium.plugins.aeif;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.neuron.PeakNormalization;
import org.syncytium.support.ode.GslRkf45;

/**
 * The neurons of one {@code create} of a multisynapse aeif model, updated as NEST 3.10's
 * {@code update}: per step, GSL's evolve steps (RKF45, derivative-scaled control with gsl_error_tol as
 * absolute and relative tolerance, the step size carried over) until the step is covered, and after
 * each of them V held at V_reset while refractory, or a spike at V ≥ V_peak (V_th when Delta_T = 0)
 * that resets V, adds b to w and starts the refractory count; then the count goes down, each
 * receptor's spikes raise its dg (by w·e/τ for alpha, by NEST's beta normalisation for beta, so g
 * peaks at w nS), and the step's current input is taken up for the next step. Scalars live in
 * columns; each neuron has its own lists and its own state vector (V, w, then dg and g per receptor).
 */
final class AeifMultisynapsePopulation implements Population {

    private static final String[] LIST_NAMES_BETA = {AeifMultisynapseModel.E_REV, AeifMultisynapseModel.TAU_RISE,
        AeifMultisynapseModel.TAU_DECAY};
    private static final String[] LIST_NAMES_ALPHA = {AeifMultisynapseModel.E_REV, AeifMultisynapseModel.TAU_SYN};

    private static final int C_M = column("C_m");
    private static final int V_TH = column("V_th");
    private static final int T_REF = column("t_ref");
    private static final int G_L = column("g_L");
    private static final int E_L = column("E_L");
    private static final int V_RESET = column("V_reset");
    private static final int A = column("a");
    private static final int B = column("b");
    private static final int DELTA_T = column("Delta_T");
    private static final int TAU_W = column("tau_w");
    private static final int I_E = column("I_e");
    private static final int V_PEAK = column("V_peak");
    private static final int GSL_ERROR_TOL = column("gsl_error_tol");
    private static final int V_M = column("V_m");
    private static final int W = column("w");

    private final AeifMultisynapseModel model;
    private final int size;
    private final boolean beta;
    /** Scalars by column, in {@link AeifMultisynapseModel#SCALARS} order. */
    private final double[][] columns;
    /** Per neuron: E_rev, then tau_rise and tau_decay (beta) or tau_syn (alpha). */
    private final double[][][] lists;
    /** Per neuron: dg and g per receptor (index 2k and 2k + 1). */
    private final double[][] synapses;
    private final double[][] jump;
    private final boolean[] connected;
    private final double[] iStim;
    private final int[] refractory;
    private final int[] refractorySteps;
    private final double[] integrationStep;
    private double resolution = Double.NaN;
    private int sliceSteps;
    /** Per thread, integrators by number of receptors (made when a count first occurs). */
    private final ThreadLocal<Workspace[]> workspaces = ThreadLocal.withInitial(() -> new Workspace[4]);

    /** One thread's integrator and state vector for neurons with a given number of receptors. */
    private static final class Workspace {
        final AeifMultisynapseDynamics dynamics;
        final GslRkf45 integrator;
        final double[] y;

        Workspace(int receptors) {
            dynamics = new AeifMultisynapseDynamics(receptors);
            integrator = new GslRkf45(dynamics, dynamics.dimension(), AeifMultisynapseDynamics.V, true);
            y = new double[dynamics.dimension()];
        }
    }

    AeifMultisynapsePopulation(AeifMultisynapseModel model, int size) {
        this.model = model;
        this.size = size;
        this.beta = model.beta();
        List<ParameterSpec> scalars = AeifMultisynapseModel.SCALARS;
        columns = new double[scalars.size()][size];
        for (int c = 0; c < columns.length; c++) {
            Arrays.fill(columns[c], (Double) scalars.get(c).defaultValue());
        }
        String[] names = listNames();
        lists = new double[size][names.length][];
        synapses = new double[size][2];
        jump = new double[size][1];
        for (int i = 0; i < size; i++) {
            for (int n = 0; n < names.length; n++) {
                lists[i][n] = new double[] {(Double) ((List<?>) model.parameters().require(model.name(), names[n])
                        .defaultValue()).get(0)};
            }
        }
        connected = new boolean[size];
        iStim = new double[size];
        refractory = new int[size];
        refractorySteps = new int[size];
        integrationStep = new double[size];
    }

    private String[] listNames() {
        return beta ? LIST_NAMES_BETA : LIST_NAMES_ALPHA;
    }

    private static int column(String name) {
        List<ParameterSpec> scalars = AeifMultisynapseModel.SCALARS;
        for (int c = 0; c < scalars.size(); c++) {
            if (scalars.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private int listIndex(String name) {
        return Arrays.asList(listNames()).indexOf(name);
    }

    private int receptors(int i) {
        return lists[i][0].length;
    }

    @Override
    public AeifMultisynapseModel model() {
        return model;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double get(String name, int i) {
        model.parameters().require(model.name(), name);
        return switch (name) {
            case "n_receptors" -> receptors(i);
            case "has_connections" -> connected[i] ? 1.0 : 0.0;
            default -> {
                int c = column(name);
                if (c < 0) {
                    throw new BadPropertyException(model.name(), name, null, "is a list");
                }
                yield columns[c][i];
            }
        };
    }

    @Override
    public double[] getList(String name, int i) {
        model.parameters().require(model.name(), name);
        int n = receptors(i);
        double[] out = new double[n];
        switch (name) {
            case "g", "dg" -> {
                int offset = name.equals("g") ? 1 : 0;
                for (int k = 0; k < n; k++) {
                    out[k] = synapses[i][2 * k + offset];
                }
                return out;
            }
            default -> {
                int index = listIndex(name);
                if (index < 0) {
                    return Population.super.getList(name, i);
                }
                return lists[i][index].clone();
            }
        }
    }

    @Override
    public void validate(int i, String[] names, double[] values) {
        validate(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public void set(int i, String[] names, double[] values) {
        set(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public void validate(int i, String[] names, double[] values, String[] listNames, double[][] newLists) {
        check(i, proposedRow(i, names, values), proposedLists(i, listNames, newLists), listNames.length > 0);
    }

    @Override
    public void set(int i, String[] names, double[] values, String[] listNames, double[][] newLists) {
        double[] row = proposedRow(i, names, values);
        double[][] proposed = proposedLists(i, listNames, newLists);
        check(i, row, proposed, listNames.length > 0);
        for (int c = 0; c < columns.length; c++) {
            columns[c][i] = row[c];
        }
        int n = proposed[0].length;
        for (int l = 0; l < proposed.length; l++) {
            lists[i][l] = proposed[l].clone();
        }
        if (2 * n != synapses[i].length) {
            synapses[i] = Arrays.copyOf(synapses[i], 2 * n); // kept receptors keep their state, new ones 0
            jump[i] = new double[n];
        }
        if (!Double.isNaN(resolution)) {
            derive(i);
        }
    }

    private double[] proposedRow(int i, String[] names, double[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        double[] row = new double[columns.length];
        for (int c = 0; c < columns.length; c++) {
            row[c] = columns[c][i];
        }
        for (int n = 0; n < names.length; n++) {
            model.parameters().require(model.name(), names[n]);
            int c = column(names[n]);
            if (c < 0) {
                throw new BadPropertyException(model.name(), names[n], values[n], listIndex(names[n]) >= 0
                        ? "is a list: give one number per receptor"
                        : "is read-only (the number of receptors is the lists' length; g and dg are the state)");
            }
            if (Double.isNaN(values[n])) {
                throw new BadPropertyException(model.name(), names[n], values[n], "must be a number");
            }
            row[c] = values[n];
        }
        return row;
    }

    private double[][] proposedLists(int i, String[] listNames, double[][] newLists) {
        double[][] proposed = lists[i].clone();
        for (int n = 0; n < listNames.length; n++) {
            model.parameters().require(model.name(), listNames[n]);
            int index = listIndex(listNames[n]);
            if (index < 0) {
                throw new BadPropertyException(model.name(), listNames[n], null, listNames[n].equals("g")
                        || listNames[n].equals("dg") ? "is read-only (the conductances are the state)" : "is not a list");
            }
            proposed[index] = newLists[n];
        }
        return proposed;
    }

    /** NEST 3.10's checks, in its order: the lists (when the call gives one), then the scalars. */
    private void check(int i, double[] row, double[][] proposed, boolean listsGiven) {
        int old = receptors(i);
        if (listsGiven) {
            String[] names = listNames();
            String all = String.join(", ", names);
            boolean resized = Arrays.stream(proposed).anyMatch(l -> l.length != old);
            if (resized) {
                for (int l = 0; l < proposed.length; l++) {
                    if (proposed[l] == lists[i][l]) {
                        throw new BadPropertyException(model.name(), names[l], null, "must be given too: the number of"
                                + " receptors changes only with all of " + all + " at once");
                    }
                }
            }
            for (int l = 1; l < proposed.length; l++) {
                if (proposed[l].length != proposed[0].length) {
                    throw new BadPropertyException(model.name(), names[l], Arrays.toString(proposed[l]), "has "
                            + proposed[l].length + " elements, but " + names[0] + " has " + proposed[0].length
                            + " (" + all + " must have the same length)");
                }
            }
            if (proposed[0].length < old && connected[i]) {
                throw new BadPropertyException(model.name(), names[0], Arrays.toString(proposed[0]),
                        "cannot reduce the number of receptors of a neuron that has connections (it has " + old + ")");
            }
            for (int k = 0; k < proposed[0].length; k++) {
                for (int l = 1; l < proposed.length; l++) {
                    if (!(proposed[l][k] > 0)) {
                        throw new BadPropertyException(model.name(), names[l], Arrays.toString(proposed[l]),
                                "every synaptic time constant must be > 0 (found " + proposed[l][k] + ")");
                    }
                }
                if (beta && proposed[2][k] < proposed[1][k]) {
                    throw new BadPropertyException(model.name(), names[2], Arrays.toString(proposed[2]),
                            "each decay time must be >= its rise time (receptor " + (k + 1) + ": " + proposed[2][k]
                            + " < " + proposed[1][k] + ")");
                }
            }
        }
        double vPeak = row[column("V_peak")];
        double vTh = row[column("V_th")];
        double deltaT = row[column("Delta_T")];
        require(row, "V_peak", vPeak >= vTh, "must be >= V_th = " + vTh);
        require(row, "V_reset", row[column("V_reset")] < vPeak, "must be < V_peak = " + vPeak);
        require(row, "Delta_T", deltaT >= 0, "must be >= 0 (Delta_T must be positive)");
        require(row, "V_peak", deltaT == 0 || (vPeak - vTh) / deltaT < AeifParameters.MAX_EXP_ARGUMENT,
                "with V_th = " + vTh + " and Delta_T = " + deltaT
                + " overflows the exponential at the spike; increase Delta_T or reduce V_peak");
        require(row, "C_m", row[column("C_m")] > 0, "must be > 0 (capacitance must be strictly positive)");
        require(row, "t_ref", row[column("t_ref")] >= 0, "must be >= 0 (refractory time cannot be negative)");
        require(row, "tau_w", row[column("tau_w")] > 0, "must be > 0 (all time constants must be strictly positive)");
        require(row, "gsl_error_tol", row[column("gsl_error_tol")] > 0, "must be > 0");
    }

    private void require(double[] row, String name, boolean ok, String rule) {
        if (!ok) {
            throw new BadPropertyException(model.name(), name, row[column(name)], rule);
        }
    }

    @Override
    public String option(String name) {
        throw new BadPropertyException(model.name(), name, null, "this model has no options");
    }

    @Override
    public void setOption(String name, String value) {
        throw new BadPropertyException(model.name(), name, value, "this model has no options");
    }

    @Override
    public int spikeReceptors(int i) {
        return receptors(i);
    }

    @Override
    public void receptorConnected(int i, int receptor) {
        connected[i] = true;
    }

    /** V_m, w and g_1 to g_n for the neuron's n receptors, as NEST lists them per node. */
    @Override
    public List<String> recordables(int i) {
        List<String> names = new java.util.ArrayList<>(List.of("V_m", "w"));
        for (int k = 1; k <= receptors(i); k++) {
            names.add("g_" + k);
        }
        return names;
    }

    /** V_m 0, w 1, g_k 1 + k for the receptors some neuron of the population has. */
    @Override
    public int recordableIndex(String name) {
        switch (name) {
            case "V_m":
                return 0;
            case "w":
                return 1;
            default:
                if (name.matches("g_[1-9][0-9]{0,6}")) {
                    int k = Integer.parseInt(name.substring(2));
                    for (int i = 0; i < size; i++) {
                        if (k <= receptors(i)) {
                            return 1 + k;
                        }
                    }
                }
                return -1;
        }
    }

    /** V_m, w, or receptor k's conductance (0 for a neuron without receptor k). */
    @Override
    public double recordable(int index, int i) {
        if (index < 2) {
            return columns[index == 0 ? V_M : W][i];
        }
        int k = index - 2;
        return k < receptors(i) ? synapses[i][2 * k + 1] : 0.0;
    }

    @Override
    public void prepare(RunContext context) {
        double h = context.resolution();
        if (h != resolution) {
            Arrays.fill(integrationStep, h); // NEST starts the adaptive step at h
        }
        resolution = h;
        sliceSteps = context.sliceSteps();
        for (int i = 0; i < size; i++) {
            derive(i);
        }
    }

    /** Neuron i's refractory steps and the jump of each receptor's dg per nS of weight. */
    private void derive(int i) {
        refractorySteps[i] = (int) Math.round(columns[T_REF][i] / resolution);
        for (int k = 0; k < receptors(i); k++) {
            jump[i][k] = beta ? PeakNormalization.beta(lists[i][1][k], lists[i][2][k]) : PeakNormalization.alpha(lists[i][1][k]);
        }
    }

    private Workspace workspace(int receptors) {
        Workspace[] byCount = workspaces.get();
        if (receptors >= byCount.length) {
            byCount = Arrays.copyOf(byCount, Math.max(receptors + 1, 2 * byCount.length));
            workspaces.set(byCount);
        }
        if (byCount[receptors] == null) {
            byCount[receptors] = new Workspace(receptors);
        }
        return byCount[receptors];
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        if (Double.isNaN(resolution)) {
            throw new IllegalStateException(model.name() + ": prepare(RunContext) must be called before an update");
        }
        final double h = resolution;
        final int d = sliceSteps;
        final double[] current = io.currentInput();
        for (int i = from; i < to; i++) {
            final int n = receptors(i);
            final Workspace ws = workspace(n);
            final AeifMultisynapseDynamics f = ws.dynamics;
            final GslRkf45 rkf = ws.integrator;
            final double[] y = ws.y;
            load(f, i);
            final double tol = columns[GSL_ERROR_TOL][i];
            final double bJump = columns[B][i];
            final double detect = f.deltaT > 0 ? f.vPeak : f.vTh;
            y[AeifMultisynapseDynamics.V] = columns[V_M][i];
            y[AeifMultisynapseDynamics.W] = columns[W][i];
            System.arraycopy(synapses[i], 0, y, 2, 2 * n);
            final boolean sampled = io.isSampled(i);
            double step = integrationStep[i];
            int r = refractory[i];
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                double t = 0.0;
                rkf.resetAttempts();
                while (t < h) {
                    f.refractory = r > 0;
                    t = rkf.evolve(y, t, h, step, tol, tol, true);
                    step = rkf.nextStep();
                    checkState(i, io.originStep() + l + 1, y, t);
                    if (r > 0) {
                        y[AeifMultisynapseDynamics.V] = f.vReset;
                    } else if (y[AeifMultisynapseDynamics.V] >= detect) {
                        y[AeifMultisynapseDynamics.V] = f.vReset;
                        y[AeifMultisynapseDynamics.W] += bJump;
                        // one more than the count, which goes down right after this step
                        r = refractorySteps[i] > 0 ? refractorySteps[i] + 1 : 0;
                        io.spike(i, l);
                    }
                }
                if (r > 0) {
                    --r;
                }
                for (int k = 0; k < n; k++) {
                    double inhibitory = io.spikeInhibitory(k + 1)[slot];
                    if (inhibitory < 0) {
                        throw new BadPropertyException(model.name(), "weight", inhibitory, "must be >= 0: conductance-"
                                + "based multisynapse models take positive weights only (receptor " + (k + 1)
                                + " of neuron " + i + " (population index))");
                    }
                    y[2 + 2 * k] += io.spikeExcitatory(k + 1)[slot] * jump[i][k];
                }
                f.iStim = current[slot];
                if (sampled && io.isSampledAfter(i, l)) {
                    store(i, y, n);
                    io.sample(i, l);
                }
            }
            store(i, y, n);
            refractory[i] = r;
            integrationStep[i] = step;
            iStim[i] = f.iStim;
        }
    }

    private void load(AeifMultisynapseDynamics f, int i) {
        f.vPeak = columns[V_PEAK][i];
        f.vReset = columns[V_RESET][i];
        f.gL = columns[G_L][i];
        f.cM = columns[C_M][i];
        f.eL = columns[E_L][i];
        f.deltaT = columns[DELTA_T][i];
        f.vTh = columns[V_TH][i];
        f.tauW = columns[TAU_W][i];
        f.a = columns[A][i];
        f.iE = columns[I_E][i];
        f.iStim = iStim[i];
        f.eRev = lists[i][0];
        f.tauRise = lists[i][1];
        f.tauDecay = beta ? lists[i][2] : lists[i][1];
    }

    private void store(int i, double[] y, int n) {
        columns[V_M][i] = y[AeifMultisynapseDynamics.V];
        columns[W][i] = y[AeifMultisynapseDynamics.W];
        System.arraycopy(y, 2, synapses[i], 0, 2 * n);
    }

    /** NEST's bounds: V below −1000 mV or |w| above 1e6 pA is an instability, and so is a collapsed step size. */
    private void checkState(int i, long stamp, double[] y, double t) {
        double v = y[AeifMultisynapseDynamics.V];
        double w = y[AeifMultisynapseDynamics.W];
        if (Double.isNaN(t) || v < -1e3 || w < -1e6 || w > 1e6) {
            throw new NumericalInstabilityException(String.format(Locale.ROOT,
                    "%s: neuron %d (population index) became unstable at t = %s ms: V_m = %s mV, w = %s pA",
                    model.name(), i, (float) (stamp * resolution), v, w), i);
        }
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new BadPropertyException(model.name(), "gap junctions", "trial pass", "are not supported by this model");
    }
}
