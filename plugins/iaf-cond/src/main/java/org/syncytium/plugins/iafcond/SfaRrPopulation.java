package org.syncytium.plugins.iafcond;

import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.C_M;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.E_EX;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.E_IN;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.E_L;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.E_RR;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.E_SFA;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.G_EX;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.G_IN;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.G_L;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.G_RR;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.G_SFA;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.I_E;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.Q_RR;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.Q_SFA;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.TAU_EX;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.TAU_IN;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.TAU_RR;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.TAU_SFA;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.T_REF;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.V_M;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.V_RESET;
import static org.syncytium.plugins.iafcond.IafCondExpSfaRrModel.V_TH;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.GslPopulation;
import org.syncytium.support.ode.GslRkf45;

/**
 * {@code iaf_cond_exp_sfa_rr} neurons as columns, updated as NEST's {@code update}: per step the
 * RKF45 over [0, h] (absolute tolerance 1e-3, relative 0, the step size carried over), the step's
 * spikes added to g_ex / g_in, then the refractory count with V held at V_reset, or the threshold test:
 * a spike resets V, starts the refractory count and raises g_sfa by q_sfa and g_rr by q_rr; then
 * the step's current input is taken up for the next step.
 */
final class SfaRrPopulation extends GslPopulation {

    private static final double EPS_ABS = 1e-3;
    private static final int[] RECORDABLE_COLUMNS = {V_M, G_EX, G_IN, G_SFA, G_RR};
    private static final String[] STATE_NAMES = {"V_m", "g_ex", "g_in", "g_sfa", "g_rr"};
    private static final int[] STATE_COLUMNS = {V_M, G_EX, G_IN, G_SFA, G_RR}; // in the order of SfaRrDynamics

    /** One thread's integrator and state vector. */
    private static final class Workspace {
        final SfaRrDynamics dynamics = new SfaRrDynamics();
        final GslRkf45 integrator = new GslRkf45(dynamics, SfaRrDynamics.DIM, SfaRrDynamics.V, true);
        final double[] y = new double[SfaRrDynamics.DIM];
    }

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    SfaRrPopulation(NeuronModel model, int size) {
        super(model, IafCondExpSfaRrModel.SCHEMA, size, T_REF);
    }

    @Override
    protected void check(double[] row) {
        table.require(row, V_RESET, row[V_RESET] < row[V_TH], "must be < V_th = " + row[V_TH]
                + " (reset potential must be smaller than threshold)");
        table.require(row, C_M, row[C_M] > 0, "must be > 0 (capacitance must be strictly positive)");
        table.require(row, T_REF, row[T_REF] >= 0, "must be >= 0 (refractory time cannot be negative)");
        for (int c : new int[] {TAU_EX, TAU_IN, TAU_SFA, TAU_RR}) {
            table.require(row, c, row[c] > 0, "must be > 0 (all time constants must be strictly positive)");
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
        final SfaRrDynamics f = ws.dynamics;
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] current = io.currentInput();
        for (int i = from; i < to; i++) {
            f.vTh = columns[V_TH][i];
            f.vReset = columns[V_RESET][i];
            f.gL = columns[G_L][i];
            f.cM = columns[C_M][i];
            f.eEx = columns[E_EX][i];
            f.eIn = columns[E_IN][i];
            f.eL = columns[E_L][i];
            f.tauEx = columns[TAU_EX][i];
            f.tauIn = columns[TAU_IN][i];
            f.iE = columns[I_E][i];
            f.tauSfa = columns[TAU_SFA][i];
            f.tauRr = columns[TAU_RR][i];
            f.eSfa = columns[E_SFA][i];
            f.eRr = columns[E_RR][i];
            f.iStim = iStim[i];
            final double qSfa = columns[Q_SFA][i];
            final double qRr = columns[Q_RR][i];
            for (int k = 0; k < SfaRrDynamics.DIM; k++) {
                y[k] = columns[STATE_COLUMNS[k]][i];
            }
            final boolean sampled = io.isSampled(i);
            double step = integrationStep[i];
            int r = refractory[i];
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                f.refractory = r > 0;
                step = ws.integrator.integrate(y, h, step, EPS_ABS, 0.0);
                requireStep(step, i, io.originStep() + l + 1, y, STATE_NAMES);
                y[SfaRrDynamics.G_EX] += spikeEx[slot];
                y[SfaRrDynamics.G_IN] += -spikeIn[slot]; // inhibitory weights arrive <= 0
                if (r > 0) {
                    --r;
                    y[SfaRrDynamics.V] = f.vReset;
                } else if (y[SfaRrDynamics.V] >= f.vTh) {
                    r = refractorySteps[i];
                    y[SfaRrDynamics.V] = f.vReset;
                    y[SfaRrDynamics.G_SFA] += qSfa;
                    y[SfaRrDynamics.G_RR] += qRr;
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

    private void store(int i, double[] y) {
        for (int k = 0; k < SfaRrDynamics.DIM; k++) {
            columns[STATE_COLUMNS[k]][i] = y[k];
        }
    }
}
