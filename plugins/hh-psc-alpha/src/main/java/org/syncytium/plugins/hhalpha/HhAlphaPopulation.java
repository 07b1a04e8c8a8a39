package org.syncytium.plugins.hhalpha;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.GslPopulation;
import org.syncytium.support.ode.GslRkf45;

/**
 * {@code hh_psc_alpha} neurons as columns, updated as NEST's {@code hh_psc_alpha::update}: per step
 * the RKF45 over [0, h] from the carried step size, then the step's spikes raise dI_ex / dI_in by
 * e/τ per pA, then the spike test (V ≥ 0 mV and V fell during the step, unless refractory), then
 * the step's current input is taken up for the next one.
 */
final class HhAlphaPopulation extends GslPopulation {

    private static final String MODEL = HhPscAlphaModel.NAME;
    /** GSL control as NEST sets it for this model: absolute 1e-3, relative 0. */
    private static final double EPS_ABS = 1e-3;
    private static final int T_REF = 0;
    private static final int G_NA = 1;
    private static final int G_K = 2;
    private static final int G_L = 3;
    private static final int C_M = 4;
    private static final int E_NA = 5;
    private static final int E_K = 6;
    private static final int E_L = 7;
    private static final int TAU_EX = 8;
    private static final int TAU_IN = 9;
    private static final int I_E = 10;
    private static final int V_M = 11;
    private static final int ACT_M = 12;
    private static final int INACT_H = 13;
    private static final int ACT_N = 14;
    private static final String[] STATE_NAMES = {"V_m", "Act_m", "Inact_h", "Act_n"};

    /** One thread's integrator and state vector. */
    private static final class Workspace {
        final HhAlphaDynamics dynamics = new HhAlphaDynamics();
        final GslRkf45 integrator = new GslRkf45(dynamics, HhAlphaDynamics.DIM, HhAlphaDynamics.V, true);
        final double[] y = new double[HhAlphaDynamics.DIM];
    }

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final double[] dIEx;
    private final double[] iEx;
    private final double[] dIIn;
    private final double[] iIn;

    HhAlphaPopulation(NeuronModel model, int size) {
        super(model, HhPscAlphaModel.SCHEMA, size, T_REF);
        dIEx = new double[size];
        iEx = new double[size];
        dIIn = new double[size];
        iIn = new double[size];
    }

    @Override
    protected void check(double[] row) {
        table.require(row, C_M, row[C_M] > 0, "must be > 0 (capacitance must be strictly positive)");
        table.require(row, T_REF, row[T_REF] >= 0, "must be >= 0 (refractory time cannot be negative)");
        for (int c : new int[] {TAU_EX, TAU_IN}) {
            table.require(row, c, row[c] > 0, "must be > 0 (all time constants must be strictly positive)");
        }
        for (int c : new int[] {G_NA, G_K, G_L}) {
            table.require(row, c, row[c] >= 0, "must be >= 0 (all conductances must be non-negative)");
        }
        for (int c : new int[] {ACT_M, INACT_H, ACT_N}) {
            table.require(row, c, row[c] >= 0, "must be >= 0 (all (in)activation variables must be non-negative)");
        }
    }

    @Override
    public double recordable(int index, int i) {
        return switch (index) {
            case 0 -> columns[V_M][i];
            case 1 -> iEx[i];
            case 2 -> iIn[i];
            case 3 -> columns[ACT_M][i];
            case 4 -> columns[INACT_H][i];
            case 5 -> columns[ACT_N][i];
            default -> throw new IndexOutOfBoundsException("recordable " + index);
        };
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final Workspace ws = WORKSPACE.get();
        final HhAlphaDynamics f = ws.dynamics;
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
            f.tauEx = columns[TAU_EX][i];
            f.tauIn = columns[TAU_IN][i];
            f.iE = columns[I_E][i];
            f.iStim = iStim[i];
            final double initEx = Math.E / f.tauEx;
            final double initIn = Math.E / f.tauIn;
            load(i, y);
            final boolean sampled = io.isSampled(i);
            double step = integrationStep[i];
            int r = refractory[i];
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                final double vOld = y[HhAlphaDynamics.V];
                step = ws.integrator.integrate(y, h, step, EPS_ABS, 0.0);
                requireStep(step, i, io.originStep() + l + 1, y, STATE_NAMES);
                y[HhAlphaDynamics.DI_EX] += spikeEx[slot] * initEx;
                y[HhAlphaDynamics.DI_IN] += spikeIn[slot] * initIn; // inhibitory weights arrive < 0, as in NEST
                if (r > 0) {
                    --r;
                } else if (y[HhAlphaDynamics.V] >= 0 && vOld > y[HhAlphaDynamics.V]) {
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
        y[HhAlphaDynamics.V] = columns[V_M][i];
        y[HhAlphaDynamics.M] = columns[ACT_M][i];
        y[HhAlphaDynamics.H] = columns[INACT_H][i];
        y[HhAlphaDynamics.N] = columns[ACT_N][i];
        y[HhAlphaDynamics.DI_EX] = dIEx[i];
        y[HhAlphaDynamics.I_EX] = iEx[i];
        y[HhAlphaDynamics.DI_IN] = dIIn[i];
        y[HhAlphaDynamics.I_IN] = iIn[i];
    }

    private void store(int i, double[] y) {
        columns[V_M][i] = y[HhAlphaDynamics.V];
        columns[ACT_M][i] = y[HhAlphaDynamics.M];
        columns[INACT_H][i] = y[HhAlphaDynamics.H];
        columns[ACT_N][i] = y[HhAlphaDynamics.N];
        dIEx[i] = y[HhAlphaDynamics.DI_EX];
        iEx[i] = y[HhAlphaDynamics.I_EX];
        dIIn[i] = y[HhAlphaDynamics.DI_IN];
        iIn[i] = y[HhAlphaDynamics.I_IN];
    }
}
