package org.syncytium.plugins.traub;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.GslPopulation;
import org.syncytium.support.ode.GslRkf45;

/**
 * {@code hh_cond_exp_traub} neurons as columns, updated as NEST's {@code hh_cond_exp_traub::update}:
 * per step GSL's RKF45 over [0, h] (absolute tolerance 1e-3, relative 0, the step size carried over),
 * then the step's spikes added to g_ex / g_in, then the spike test (V ≥ V_T + 30 mV and V fell during
 * the step, unless refractory), then the step's current input taken up for the next step.
 */
final class ExpTraubPopulation extends GslPopulation {

    private static final double EPS_ABS = 1e-3;
    private static final int G_NA = 0;
    private static final int G_K = 1;
    private static final int G_L = 2;
    private static final int C_M = 3;
    private static final int E_NA = 4;
    private static final int E_K = 5;
    private static final int E_L = 6;
    private static final int V_T = 7;
    private static final int E_EX = 8;
    private static final int E_IN = 9;
    private static final int TAU_EX = 10;
    private static final int TAU_IN = 11;
    private static final int T_REF = 12;
    private static final int I_E = 13;
    private static final int V_M = 14;
    private static final int ACT_M = 15;
    private static final int INACT_H = 16;
    private static final int ACT_N = 17;
    private static final int G_EX = 18;
    private static final int G_IN = 19;
    private static final String[] STATE_NAMES = {"V_m", "Act_m", "Inact_h", "Act_n"};
    private static final int[] RECORDABLE_COLUMNS = {V_M, G_EX, G_IN, ACT_M, INACT_H, ACT_N};

    /** One thread's integrator and state vector. */
    private static final class Workspace {
        final ExpTraubDynamics dynamics = new ExpTraubDynamics();
        final GslRkf45 integrator = new GslRkf45(dynamics, ExpTraubDynamics.DIM, ExpTraubDynamics.V, true);
        final double[] y = new double[ExpTraubDynamics.DIM];
    }

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    ExpTraubPopulation(NeuronModel model, int size) {
        super(model, ExpTraubModel.SCHEMA, size, T_REF);
    }

    @Override
    protected void check(double[] row) {
        table.require(row, C_M, row[C_M] > 0, "must be > 0 (capacitance must be strictly positive)");
        table.require(row, T_REF, row[T_REF] >= 0, "must be >= 0 (refractory time cannot be negative)");
        for (int c : new int[] {TAU_EX, TAU_IN}) {
            table.require(row, c, row[c] > 0, "must be > 0 (all time constants must be strictly positive)");
        }
        for (int c : new int[] {ACT_M, INACT_H, ACT_N}) {
            table.require(row, c, row[c] >= 0, "must be >= 0 (all (in)activation variables must be non-negative)");
        }
    }

    @Override
    public double recordable(int index, int i) {
        return columns[RECORDABLE_COLUMNS[index]][i];
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final Workspace ws = WORKSPACE.get();
        final ExpTraubDynamics f = ws.dynamics;
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] current = io.currentInput();
        for (int i = from; i < to; i++) {
            f.gNa = columns[G_NA][i];
            f.gK = columns[G_K][i];
            f.gL = columns[G_L][i];
            f.cM = columns[C_M][i];
            f.eNa = columns[E_NA][i];
            f.eK = columns[E_K][i];
            f.eL = columns[E_L][i];
            f.vT = columns[V_T][i];
            f.eEx = columns[E_EX][i];
            f.eIn = columns[E_IN][i];
            f.tauEx = columns[TAU_EX][i];
            f.tauIn = columns[TAU_IN][i];
            f.iE = columns[I_E][i];
            f.iStim = iStim[i];
            final double threshold = f.vT + 30.0;
            load(i, y);
            final boolean sampled = io.isSampled(i);
            double step = integrationStep[i];
            int r = refractory[i];
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                final double vOld = y[ExpTraubDynamics.V];
                step = ws.integrator.integrate(y, h, step, EPS_ABS, 0.0);
                requireStep(step, i, io.originStep() + l + 1, y, STATE_NAMES);
                y[ExpTraubDynamics.G_EX] += spikeEx[slot];
                y[ExpTraubDynamics.G_IN] += -spikeIn[slot]; // inhibitory weights arrive <= 0
                if (r > 0) {
                    --r;
                } else if (y[ExpTraubDynamics.V] >= threshold && vOld > y[ExpTraubDynamics.V]) {
                    r = refractorySteps[i];
                    io.spike(i, l);
                }
                if (sampled && io.isSampledAfter(i, l)) {
                    store(i, y);
                    io.sample(i, l);
                }
                f.iStim = current[slot];
            }
            store(i, y);
            refractory[i] = r;
            integrationStep[i] = step;
            iStim[i] = f.iStim;
        }
    }

    private void load(int i, double[] y) {
        y[ExpTraubDynamics.V] = columns[V_M][i];
        y[ExpTraubDynamics.M] = columns[ACT_M][i];
        y[ExpTraubDynamics.H] = columns[INACT_H][i];
        y[ExpTraubDynamics.N] = columns[ACT_N][i];
        y[ExpTraubDynamics.G_EX] = columns[G_EX][i];
        y[ExpTraubDynamics.G_IN] = columns[G_IN][i];
    }

    private void store(int i, double[] y) {
        columns[V_M][i] = y[ExpTraubDynamics.V];
        columns[ACT_M][i] = y[ExpTraubDynamics.M];
        columns[INACT_H][i] = y[ExpTraubDynamics.H];
        columns[ACT_N][i] = y[ExpTraubDynamics.N];
        columns[G_EX][i] = y[ExpTraubDynamics.G_EX];
        columns[G_IN][i] = y[ExpTraubDynamics.G_IN];
    }
}
