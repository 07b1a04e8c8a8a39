package org.syncytium.plugins.traub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.neuron.PeakNormalization;
import org.syncytium.support.ode.GslRkf45;

/**
 * The neurons of one {@code create} as columns (one array per parameter and state variable) and
 * the passes NEST's {@code hh_cond_beta_gap_traub::update_} makes: per step, GSL's RKF45 with
 * eps_abs = 1e-3 over [0, h] with the step size carried over; spike input added to dg_ex / dg_in
 * scaled by the beta normalisation; a spike when V ≥ V_T + 30 mV and V fell during the step, then
 * no detection for round(t_ref/h) steps.
 */
final class TraubPopulation implements Population {

    /** GSL control as NEST sets it for this model: absolute 1e-3, relative 0. */
    private static final double EPS_ABS = 1e-3;
    private static final String MODEL = TraubParameters.MODEL;
    private static final List<String> RECORDABLES = List.of("V_m", "g_ex", "g_in", "Act_m", "Inact_h", "Act_n");
    private static final int[] RECORDABLE_COLUMNS = {TraubParameters.V_M, TraubParameters.G_EX, TraubParameters.G_IN,
        TraubParameters.ACT_M, TraubParameters.INACT_H, TraubParameters.ACT_N};

    /** One thread's integrator and scratch state (allocated once per thread). */
    private static final class Workspace {
        final TraubDynamics dynamics = new TraubDynamics();
        final GslRkf45 integrator = new GslRkf45(dynamics, TraubDynamics.DIM, TraubDynamics.V);
        final double[] y = new double[TraubDynamics.DIM];
        final double[] f = new double[TraubDynamics.DIM];
    }

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final NeuronModel model;
    private final int size;
    private final double[][] columns = new double[TraubParameters.COLUMNS][];
    /** The rising parts dg_ex, dg_in of the beta conductances, nS/ms (state without a NEST name). */
    private final double[] dgEx;
    private final double[] dgIn;
    private final int[] refractory;
    private final double[] integrationStep;
    private final double[] iStim;
    private final double[] psConInitEx;
    private final double[] psConInitIn;
    private final int[] refractorySteps;
    private double[] lastV = new double[0];
    private double resolution = Double.NaN;
    private int sliceSteps;
    private int order;
    private boolean gapCoupled;
    private boolean prepared;

    TraubPopulation(NeuronModel model, int size) {
        this.model = model;
        this.size = size;
        List<ParameterSpec> specs = TraubParameters.SCHEMA.specs();
        for (int c = 0; c < TraubParameters.COLUMNS; c++) {
            columns[c] = new double[size];
            Arrays.fill(columns[c], (Double) specs.get(c).defaultValue());
        }
        dgEx = new double[size];
        dgIn = new double[size];
        refractory = new int[size];
        integrationStep = new double[size];
        iStim = new double[size];
        psConInitEx = new double[size];
        psConInitIn = new double[size];
        refractorySteps = new int[size];
    }

    @Override
    public NeuronModel model() {
        return model;
    }

    @Override
    public int size() {
        return size;
    }

    private int column(String name) {
        List<ParameterSpec> specs = TraubParameters.SCHEMA.specs();
        for (int c = 0; c < specs.size(); c++) {
            if (specs.get(c).name().equals(name)) {
                return c;
            }
        }
        TraubParameters.SCHEMA.require(MODEL, name); // throws with the nearest name
        throw new IllegalStateException(name);
    }

    @Override
    public double get(String name, int i) {
        return columns[column(name)][i];
    }

    @Override
    public void validate(int i, String[] names, double[] values) {
        double[] candidate = new double[TraubParameters.COLUMNS];
        for (int c = 0; c < TraubParameters.COLUMNS; c++) {
            candidate[c] = columns[c][i];
        }
        for (int j = 0; j < names.length; j++) {
            int c = column(names[j]);
            if (!Double.isFinite(values[j])) {
                throw new BadPropertyException(MODEL, names[j], values[j], "must be a finite number");
            }
            candidate[c] = values[j];
        }
        positive(candidate, TraubParameters.C_M, "C_m");
        for (int c : new int[] {TraubParameters.TAU_RISE_EX, TraubParameters.TAU_DECAY_EX, TraubParameters.TAU_RISE_IN,
            TraubParameters.TAU_DECAY_IN}) {
            positive(candidate, c, TraubParameters.SCHEMA.specs().get(c).name());
        }
        for (int c : new int[] {TraubParameters.G_NA, TraubParameters.G_K, TraubParameters.G_L, TraubParameters.T_REF}) {
            if (candidate[c] < 0) {
                throw new BadPropertyException(MODEL, TraubParameters.SCHEMA.specs().get(c).name(), candidate[c], "must be >= 0");
            }
        }
        for (int c : new int[] {TraubParameters.ACT_M, TraubParameters.INACT_H, TraubParameters.ACT_N}) {
            if (candidate[c] < 0 || candidate[c] > 1) {
                throw new BadPropertyException(MODEL, TraubParameters.SCHEMA.specs().get(c).name(), candidate[c], "must be in [0, 1]");
            }
        }
    }

    private static void positive(double[] candidate, int c, String name) {
        if (!(candidate[c] > 0)) {
            throw new BadPropertyException(MODEL, name, candidate[c], "must be > 0");
        }
    }

    @Override
    public void set(int i, String[] names, double[] values) {
        validate(i, names, values);
        for (int j = 0; j < names.length; j++) {
            columns[column(names[j])][i] = values[j];
        }
        if (prepared) {
            deriveFor(i);
        }
    }

    @Override
    public String option(String name) {
        throw new BadPropertyException(MODEL, name, null, "this model has no options");
    }

    @Override
    public void setOption(String name, String value) {
        throw new BadPropertyException(MODEL, name, value, "this model has no options");
    }

    @Override
    public int recordableIndex(String name) {
        return RECORDABLES.indexOf(name);
    }

    @Override
    public double recordable(int index, int i) {
        return columns[RECORDABLE_COLUMNS[index]][i];
    }

    @Override
    public void prepare(RunContext context) {
        double h = context.resolution();
        if (h != resolution) {
            Arrays.fill(integrationStep, h); // NEST starts the adaptive step at h
        }
        resolution = h;
        sliceSteps = context.sliceSteps();
        order = context.interpolationOrder();
        gapCoupled = context.gapCoupled();
        if (lastV.length != size * sliceSteps) {
            lastV = new double[size * sliceSteps];
        }
        for (int i = 0; i < size; i++) {
            deriveFor(i);
        }
        prepared = true;
    }

    private void deriveFor(int i) {
        psConInitEx[i] = PeakNormalization.beta(columns[TraubParameters.TAU_RISE_EX][i], columns[TraubParameters.TAU_DECAY_EX][i]);
        psConInitIn[i] = PeakNormalization.beta(columns[TraubParameters.TAU_RISE_IN][i], columns[TraubParameters.TAU_DECAY_IN][i]);
        refractorySteps[i] = (int) Math.round(columns[TraubParameters.T_REF][i] / resolution);
    }

    private void load(int i, double[] y) {
        y[TraubDynamics.V] = columns[TraubParameters.V_M][i];
        y[TraubDynamics.M] = columns[TraubParameters.ACT_M][i];
        y[TraubDynamics.H] = columns[TraubParameters.INACT_H][i];
        y[TraubDynamics.N] = columns[TraubParameters.ACT_N][i];
        y[TraubDynamics.DG_EX] = dgEx[i];
        y[TraubDynamics.G_EX] = columns[TraubParameters.G_EX][i];
        y[TraubDynamics.DG_IN] = dgIn[i];
        y[TraubDynamics.G_IN] = columns[TraubParameters.G_IN][i];
    }

    private void store(int i, double[] y) {
        columns[TraubParameters.V_M][i] = y[TraubDynamics.V];
        columns[TraubParameters.ACT_M][i] = y[TraubDynamics.M];
        columns[TraubParameters.INACT_H][i] = y[TraubDynamics.H];
        columns[TraubParameters.ACT_N][i] = y[TraubDynamics.N];
        dgEx[i] = y[TraubDynamics.DG_EX];
        columns[TraubParameters.G_EX][i] = y[TraubDynamics.G_EX];
        dgIn[i] = y[TraubDynamics.DG_IN];
        columns[TraubParameters.G_IN][i] = y[TraubDynamics.G_IN];
    }

    private void checkPrepared() {
        if (!prepared) {
            throw new IllegalStateException(MODEL + ": prepare(RunContext) must be called before an update");
        }
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        checkPrepared();
        final Workspace ws = WORKSPACE.get();
        final TraubDynamics dynamics = ws.dynamics;
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final int width = order + 1;
        final boolean gap = gapCoupled;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] current = io.currentInput();
        final double[] gapS = gap ? io.gapConductance() : null;
        final double[] gapIn = gap ? io.gapCoefficientsIn() : null;
        final double[] gapOut = gap ? io.gapCoefficientsOut() : null;
        dynamics.resolution = h;
        dynamics.order = gap ? order : 0;
        dynamics.clearGap();
        for (int i = from; i < to; i++) {
            dynamics.loadParameters(columns, i);
            dynamics.iStim = iStim[i];
            load(i, y);
            final boolean sampled = io.isSampled(i);
            final double threshold = columns[TraubParameters.V_T][i] + 30.0;
            double step = integrationStep[i];
            int r = refractory[i];
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                if (gap) {
                    dynamics.loadGap(gapS[i], gapIn, slot * width);
                }
                final double vOld = y[TraubDynamics.V];
                step = ws.integrator.integrate(y, h, step, EPS_ABS, 0.0);
                checkFinite(i, io.originStep() + l + 1, y, step);
                y[TraubDynamics.DG_EX] += spikeEx[slot] * psConInitEx[i];
                y[TraubDynamics.DG_IN] += -spikeIn[slot] * psConInitIn[i]; // inhibitory weights arrive <= 0
                if (r > 0) {
                    --r;
                } else if (y[TraubDynamics.V] >= threshold && vOld > y[TraubDynamics.V]) {
                    r = refractorySteps[i];
                    io.spike(i, l);
                }
                if (sampled && io.isSampledAfter(i, l)) {
                    store(i, y);
                    io.sample(i, l);
                }
                dynamics.iStim = current[slot];
            }
            store(i, y);
            refractory[i] = r;
            integrationStep[i] = step;
            iStim[i] = dynamics.iStim;
            if (gap) {
                final int base = i * d;
                Arrays.fill(gapOut, base * width, (base + d) * width, 0.0);
                for (int l = 0; l < d; l++) {
                    gapOut[(base + l) * width] = y[TraubDynamics.V];
                }
                Arrays.fill(lastV, base, base + d, 0.0);
            }
        }
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        checkPrepared();
        final Workspace ws = WORKSPACE.get();
        final TraubDynamics dynamics = ws.dynamics;
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final int k = order;
        final int width = k + 1;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] gapS = io.gapConductance();
        final double[] gapIn = io.gapCoefficientsIn();
        final double[] gapOut = io.gapCoefficientsOut();
        boolean converged = true;
        dynamics.resolution = h;
        dynamics.order = k;
        dynamics.clearGap();
        for (int i = from; i < to; i++) {
            dynamics.loadParameters(columns, i);
            dynamics.iStim = iStim[i];
            load(i, y); // a copy: the state arrays stay as they were (NEST restores them after the pass)
            double step = integrationStep[i];
            for (int l = 0; l < d; l++) {
                final int slot = i * d + l;
                dynamics.loadGap(gapS[i], gapIn, slot * width);
                final double yStart = y[TraubDynamics.V];
                final double hfStart = k == 3 ? h * dynamics.dVdt(0.0, y, ws.f) : 0.0;
                step = ws.integrator.integrate(y, h, step, EPS_ABS, 0.0);
                checkFinite(i, io.originStep() + l + 1, y, step);
                y[TraubDynamics.DG_EX] += spikeEx[slot] * psConInitEx[i];
                y[TraubDynamics.DG_IN] += -spikeIn[slot] * psConInitIn[i];
                final double yEnd = y[TraubDynamics.V];
                if (Math.abs(yEnd - lastV[slot]) > tolerance) {
                    converged = false;
                }
                lastV[slot] = yEnd;
                final int out = slot * width;
                gapOut[out] = yStart;
                if (k == 1) {
                    gapOut[out + 1] = yEnd - yStart;
                } else if (k == 3) {
                    final double hfEnd = h * dynamics.dVdt(h, y, ws.f);
                    gapOut[out + 1] = hfStart;
                    gapOut[out + 2] = -3 * yStart + 3 * yEnd - 2 * hfStart - hfEnd;
                    gapOut[out + 3] = 2 * yStart - 2 * yEnd + hfStart + hfEnd;
                }
            }
            integrationStep[i] = step;
        }
        return converged;
    }

    private void checkFinite(int i, long stamp, double[] y, double step) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        if (Double.isNaN(step) || !Double.isFinite(sum)) {
            throw new NumericalInstabilityException(String.format(Locale.ROOT,
                    "%s: state of neuron %d (population index) became non-finite at t = %s ms: V_m=%s, Act_m=%s, Inact_h=%s,"
                            + " Act_n=%s, g_ex=%s, g_in=%s", MODEL, i, (float) (stamp * resolution), y[0], y[1], y[2], y[3],
                    y[5], y[7]), i);
        }
    }
}
