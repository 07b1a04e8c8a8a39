package org.syncytium.plugins.aeif;

import static org.syncytium.plugins.aeif.AeifParameters.A;
import static org.syncytium.plugins.aeif.AeifParameters.B;
import static org.syncytium.plugins.aeif.AeifParameters.C_M;
import static org.syncytium.plugins.aeif.AeifParameters.DELTA_T;
import static org.syncytium.plugins.aeif.AeifParameters.DG_EX;
import static org.syncytium.plugins.aeif.AeifParameters.DG_IN;
import static org.syncytium.plugins.aeif.AeifParameters.E_EX;
import static org.syncytium.plugins.aeif.AeifParameters.E_IN;
import static org.syncytium.plugins.aeif.AeifParameters.E_L;
import static org.syncytium.plugins.aeif.AeifParameters.GSL_ERROR_TOL;
import static org.syncytium.plugins.aeif.AeifParameters.G_EX;
import static org.syncytium.plugins.aeif.AeifParameters.G_IN;
import static org.syncytium.plugins.aeif.AeifParameters.G_L;
import static org.syncytium.plugins.aeif.AeifParameters.I_E;
import static org.syncytium.plugins.aeif.AeifParameters.TAU_EX;
import static org.syncytium.plugins.aeif.AeifParameters.TAU_IN;
import static org.syncytium.plugins.aeif.AeifParameters.TAU_W;
import static org.syncytium.plugins.aeif.AeifParameters.T_REF;
import static org.syncytium.plugins.aeif.AeifParameters.V_M;
import static org.syncytium.plugins.aeif.AeifParameters.V_PEAK;
import static org.syncytium.plugins.aeif.AeifParameters.V_RESET;
import static org.syncytium.plugins.aeif.AeifParameters.V_TH;
import static org.syncytium.plugins.aeif.AeifParameters.W;

import java.util.Locale;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.GslPopulation;
import org.syncytium.support.ode.GslRkf45;

/**
 * The neurons of one {@code create} as columns, updated as NEST's {@code update}: per step, GSL's
 * evolve steps (RKF45, derivative-scaled error control with gsl_error_tol as absolute and relative
 * tolerance, the step size carried over) until the step is covered, and after each of them V held at
 * V_reset while refractory, or a spike at V ≥ V_peak (V_th when Delta_T = 0) that resets V, adds b
 * to w and starts the refractory count (so a neuron can spike more than once in one step); then the
 * count goes down, the step's spikes raise the conductances (alpha: dg by w·e/τ, so g peaks at w nS;
 * exp: g by w nS; inhibitory weights arrive negative and count by magnitude), and the step's current
 * input is taken up for the next step.
 */
final class AeifPopulation extends GslPopulation {

    private final boolean alpha;
    private final ThreadLocal<Workspace> workspace;

    /** One thread's integrator and state vector. */
    private static final class Workspace {
        final AeifDynamics dynamics;
        final GslRkf45 integrator;
        final double[] y;

        Workspace(boolean alpha) {
            dynamics = new AeifDynamics(alpha);
            integrator = new GslRkf45(dynamics, dynamics.dimension(), AeifDynamics.V, true);
            y = new double[dynamics.dimension()];
        }
    }

    AeifPopulation(NeuronModel model, int size, boolean alpha) {
        super(model, alpha ? AeifParameters.ALPHA : AeifParameters.EXP, size, T_REF);
        this.alpha = alpha;
        workspace = ThreadLocal.withInitial(() -> new Workspace(alpha));
    }

    @Override
    protected void check(double[] row) {
        // NEST 3.10's checks, in its order
        table.require(row, V_RESET, row[V_RESET] < row[V_PEAK], "must be < V_peak = " + row[V_PEAK]);
        table.require(row, DELTA_T, row[DELTA_T] >= 0, "must be >= 0 (Delta_T must be positive)");
        table.require(row, V_PEAK, row[DELTA_T] == 0 || (row[V_PEAK] - row[V_TH]) / row[DELTA_T]
                < AeifParameters.MAX_EXP_ARGUMENT, "with V_th = " + row[V_TH] + " and Delta_T = " + row[DELTA_T]
                + " overflows the exponential at the spike; increase Delta_T or reduce V_peak");
        table.require(row, V_PEAK, row[V_PEAK] >= row[V_TH], "must be >= V_th = " + row[V_TH]);
        table.require(row, C_M, row[C_M] > 0, "must be > 0 (capacitance must be strictly positive)");
        table.require(row, T_REF, row[T_REF] >= 0, "must be >= 0 (refractory time cannot be negative)");
        table.require(row, TAU_EX, row[TAU_EX] > 0, "must be > 0 (all time constants must be strictly positive)");
        table.require(row, TAU_IN, row[TAU_IN] > 0, "must be > 0 (all time constants must be strictly positive)");
        table.require(row, TAU_W, row[TAU_W] > 0, "must be > 0 (all time constants must be strictly positive)");
        table.require(row, GSL_ERROR_TOL, row[GSL_ERROR_TOL] > 0, "must be > 0");
    }

    @Override
    public double recordable(int index, int i) {
        return columns[new int[] {V_M, G_EX, G_IN, W}[index]][i];
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final Workspace ws = workspace.get();
        final AeifDynamics f = ws.dynamics;
        final GslRkf45 rkf = ws.integrator;
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] current = io.currentInput();
        final int rise = alpha ? 1 : f.gEx;
        final int riseIn = alpha ? 3 : f.gIn;
        for (int i = from; i < to; i++) {
            load(f, i);
            final double tol = columns[GSL_ERROR_TOL][i];
            final double bJump = columns[B][i];
            // spikes are detected at V_peak, or at V_th without the exponential term
            final double detect = f.deltaT > 0 ? f.vPeak : f.vTh;
            final double scaleEx = alpha ? Math.E / f.tauEx : 1.0;
            final double scaleIn = alpha ? Math.E / f.tauIn : 1.0;
            state(i, y);
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
                        y[AeifDynamics.V] = f.vReset;
                    } else if (y[AeifDynamics.V] >= detect) {
                        y[AeifDynamics.V] = f.vReset;
                        y[f.w] += bJump;
                        // one more than the count, which goes down right after this step
                        r = refractorySteps[i] > 0 ? refractorySteps[i] + 1 : 0;
                        io.spike(i, l);
                    }
                }
                if (r > 0) {
                    --r;
                }
                y[rise] += spikeEx[slot] * scaleEx;
                y[riseIn] += -spikeIn[slot] * scaleIn;
                f.iStim = current[slot];
                if (sampled && io.isSampledAfter(i, l)) {
                    store(i, y);
                    io.sample(i, l);
                }
            }
            store(i, y);
            refractory[i] = r;
            integrationStep[i] = step;
            iStim[i] = f.iStim;
        }
    }

    private void load(AeifDynamics f, int i) {
        f.vPeak = columns[V_PEAK][i];
        f.vReset = columns[V_RESET][i];
        f.gL = columns[G_L][i];
        f.cM = columns[C_M][i];
        f.eEx = columns[E_EX][i];
        f.eIn = columns[E_IN][i];
        f.eL = columns[E_L][i];
        f.deltaT = columns[DELTA_T][i];
        f.tauW = columns[TAU_W][i];
        f.a = columns[A][i];
        f.vTh = columns[V_TH][i];
        f.tauEx = columns[TAU_EX][i];
        f.tauIn = columns[TAU_IN][i];
        f.iE = columns[I_E][i];
        f.iStim = iStim[i];
    }

    private void state(int i, double[] y) {
        y[AeifDynamics.V] = columns[V_M][i];
        if (alpha) {
            y[1] = columns[DG_EX][i];
            y[2] = columns[G_EX][i];
            y[3] = columns[DG_IN][i];
            y[4] = columns[G_IN][i];
            y[5] = columns[W][i];
        } else {
            y[1] = columns[G_EX][i];
            y[2] = columns[G_IN][i];
            y[3] = columns[W][i];
        }
    }

    private void store(int i, double[] y) {
        columns[V_M][i] = y[AeifDynamics.V];
        if (alpha) {
            columns[DG_EX][i] = y[1];
            columns[G_EX][i] = y[2];
            columns[DG_IN][i] = y[3];
            columns[G_IN][i] = y[4];
            columns[W][i] = y[5];
        } else {
            columns[G_EX][i] = y[1];
            columns[G_IN][i] = y[2];
            columns[W][i] = y[3];
        }
    }

    /**
     * NEST's bounds: V below −1000 mV or |w| above 1e6 pA is an instability (V may blow up upwards; a
     * NaN state passes, as in NEST), and so is a collapsed step size.
     */
    private void checkState(int i, long stamp, double[] y, double t) {
        double v = y[AeifDynamics.V];
        double w = y[alpha ? 5 : 3];
        if (Double.isNaN(t) || v < -1e3 || w < -1e6 || w > 1e6) {
            throw new NumericalInstabilityException(String.format(Locale.ROOT,
                    "%s: neuron %d (population index) became unstable at t = %s ms: V_m = %s mV, w = %s pA",
                    model().name(), i, (float) (stamp * resolution), v, w), i);
        }
    }
}
