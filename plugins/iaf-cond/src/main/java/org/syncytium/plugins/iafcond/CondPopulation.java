package org.syncytium.plugins.iafcond;

import static org.syncytium.plugins.iafcond.CondParameters.C_M;
import static org.syncytium.plugins.iafcond.CondParameters.DG_EX;
import static org.syncytium.plugins.iafcond.CondParameters.DG_IN;
import static org.syncytium.plugins.iafcond.CondParameters.E_EX;
import static org.syncytium.plugins.iafcond.CondParameters.E_IN;
import static org.syncytium.plugins.iafcond.CondParameters.E_L;
import static org.syncytium.plugins.iafcond.CondParameters.G_EX;
import static org.syncytium.plugins.iafcond.CondParameters.G_IN;
import static org.syncytium.plugins.iafcond.CondParameters.G_L;
import static org.syncytium.plugins.iafcond.CondParameters.I_E;
import static org.syncytium.plugins.iafcond.CondParameters.TAU_EX;
import static org.syncytium.plugins.iafcond.CondParameters.TAU_IN;
import static org.syncytium.plugins.iafcond.CondParameters.TAU_RISE_EX;
import static org.syncytium.plugins.iafcond.CondParameters.TAU_RISE_IN;
import static org.syncytium.plugins.iafcond.CondParameters.T_REF;
import static org.syncytium.plugins.iafcond.CondParameters.V_M;
import static org.syncytium.plugins.iafcond.CondParameters.V_RESET;
import static org.syncytium.plugins.iafcond.CondParameters.V_TH;

import java.util.Locale;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.GslPopulation;
import org.syncytium.support.neuron.PeakNormalization;
import org.syncytium.support.ode.GslRkf45;

/**
 * The neurons of one {@code create} as columns, updated as NEST's {@code update}: per step the RKF45
 * over [0, h] (the right-hand side sees whether the neuron is refractory), then, for
 * {@code iaf_cond_exp}, the step's spikes added to the conductances; the refractory count or the
 * threshold test with reset; for {@code iaf_cond_alpha} and {@code iaf_cond_beta} the spikes after
 * it (NEST's two orders);
 * then the step's current input is taken up for the next step. Inhibitory weights arrive negative
 * and raise g_in by their magnitude.
 */
final class CondPopulation extends GslPopulation {

    /** GSL control as NEST sets it for these models: absolute 1e-3, relative 0. */
    private static final double EPS_ABS = 1e-3;

    private final CondKind kind;
    private final ThreadLocal<Workspace> workspace;
    /** The rising parts of alpha conductances, nS/ms (iaf_cond_alpha only; iaf_cond_beta's are columns). */
    private final double[] dgEx;
    private final double[] dgIn;

    /** One thread's integrator and state vector. */
    private static final class Workspace {
        final CondDynamics dynamics;
        final GslRkf45 integrator;
        final double[] y;

        Workspace(boolean rising) {
            dynamics = new CondDynamics(rising);
            integrator = new GslRkf45(dynamics, dynamics.dimension(), CondDynamics.V);
            y = new double[dynamics.dimension()];
        }
    }

    CondPopulation(NeuronModel model, int size, CondKind kind) {
        super(model, kind == CondKind.BETA ? CondParameters.SCHEMA_BETA : CondParameters.SCHEMA, size, T_REF);
        this.kind = kind;
        workspace = ThreadLocal.withInitial(() -> new Workspace(kind.rising()));
        dgEx = new double[size];
        dgIn = new double[size];
    }

    @Override
    protected void check(double[] row) {
        table.require(row, V_RESET, row[V_RESET] < row[V_TH], "must be < V_th = " + row[V_TH]
                + " (reset potential must be smaller than threshold)");
        table.require(row, C_M, row[C_M] > 0, "must be > 0 (capacitance must be strictly positive)");
        table.require(row, T_REF, row[T_REF] >= 0, "must be >= 0 (refractory time cannot be negative)");
        table.require(row, TAU_EX, row[TAU_EX] > 0, "must be > 0 (all time constants must be strictly positive)");
        table.require(row, TAU_IN, row[TAU_IN] > 0, "must be > 0 (all time constants must be strictly positive)");
        if (kind == CondKind.BETA) {
            table.require(row, TAU_RISE_EX, row[TAU_RISE_EX] > 0,
                    "must be > 0 (all time constants must be strictly positive)");
            table.require(row, TAU_RISE_IN, row[TAU_RISE_IN] > 0,
                    "must be > 0 (all time constants must be strictly positive)");
        }
    }

    /** The columns of the recordables V_m, g_ex, g_in, by recordable index. */
    private static final int[] RECORDED_COLUMNS = {V_M, G_EX, G_IN};

    @Override
    public double recordable(int index, int i) {
        if (index == 3) {
            // t_ref_remaining (iaf_cond_alpha); 0 for a neuron that was never refractory, before a resolution is known
            return refractory[i] == 0 ? 0.0 : refractory[i] * resolution;
        }
        return columns[RECORDED_COLUMNS[index]][i];
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        requirePrepared();
        final Workspace ws = workspace.get();
        final CondDynamics f = ws.dynamics;
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
            f.tauRiseEx = kind == CondKind.BETA ? columns[TAU_RISE_EX][i] : f.tauEx;
            f.tauRiseIn = kind == CondKind.BETA ? columns[TAU_RISE_IN][i] : f.tauIn;
            f.iE = columns[I_E][i];
            f.iStim = iStim[i];
            // an alpha or beta conductance peaks at w nS for a weight of w (NEST's PSConInit)
            final double scaleEx = scale(f.tauRiseEx, f.tauEx);
            final double scaleIn = scale(f.tauRiseIn, f.tauIn);
            final boolean after = kind.rising();
            final int rising = after ? 1 : f.gEx;
            final int risingIn = after ? 3 : f.gIn;
            load(i, y);
            final boolean sampled = io.isSampled(i);
            double step = integrationStep[i];
            int r = refractory[i];
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                f.refractory = r > 0;
                step = ws.integrator.integrate(y, h, step, EPS_ABS, 0.0);
                checkFinite(i, io.originStep() + l + 1, y, step);
                if (!after) {
                    y[rising] += spikeEx[slot] * scaleEx;
                    y[risingIn] += -spikeIn[slot] * scaleIn;
                }
                if (r > 0) {
                    --r;
                    y[CondDynamics.V] = f.vReset;
                } else if (y[CondDynamics.V] >= f.vTh) {
                    r = refractorySteps[i];
                    y[CondDynamics.V] = f.vReset;
                    io.spike(i, l);
                }
                if (after) {
                    y[rising] += spikeEx[slot] * scaleEx;
                    y[risingIn] += -spikeIn[slot] * scaleIn;
                }
                if (sampled && io.isSampledAfter(i, l)) {
                    store(i, y);
                    refractory[i] = r;
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

    /** The jump of dg (or g) per nS of weight: 1 (exp), e/τ (alpha), NEST's beta normalisation (beta). */
    private double scale(double tauRise, double tauDecay) {
        return switch (kind) {
            case EXP -> 1.0;
            case ALPHA -> PeakNormalization.alpha(tauDecay);
            case BETA -> PeakNormalization.beta(tauRise, tauDecay);
        };
    }

    private void load(int i, double[] y) {
        y[CondDynamics.V] = columns[V_M][i];
        if (kind.rising()) {
            y[1] = kind == CondKind.BETA ? columns[DG_EX][i] : dgEx[i];
            y[2] = columns[G_EX][i];
            y[3] = kind == CondKind.BETA ? columns[DG_IN][i] : dgIn[i];
            y[4] = columns[G_IN][i];
        } else {
            y[1] = columns[G_EX][i];
            y[2] = columns[G_IN][i];
        }
    }

    private void store(int i, double[] y) {
        columns[V_M][i] = y[CondDynamics.V];
        if (kind.rising()) {
            (kind == CondKind.BETA ? columns[DG_EX] : dgEx)[i] = y[1];
            columns[G_EX][i] = y[2];
            (kind == CondKind.BETA ? columns[DG_IN] : dgIn)[i] = y[3];
            columns[G_IN][i] = y[4];
        } else {
            columns[G_EX][i] = y[1];
            columns[G_IN][i] = y[2];
        }
    }

    private void checkFinite(int i, long stamp, double[] y, double step) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        if (Double.isNaN(step) || !Double.isFinite(sum)) {
            throw new NumericalInstabilityException(String.format(Locale.ROOT,
                    "%s: state of neuron %d (population index) became non-finite at t = %s ms: V_m=%s", model().name(),
                    i, (float) (stamp * resolution), y[0]), i);
        }
    }
}
