package org.syncytium.plugins.izhikevich;

import static org.syncytium.plugins.izhikevich.IzhikevichModel.A;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.B;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.C;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.CONSISTENT;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.D;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.I_E;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.U_M;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.V_M;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.V_MIN;
import static org.syncytium.plugins.izhikevich.IzhikevichModel.V_TH;

import java.util.Locale;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.ColumnPopulation;

/**
 * {@code izhikevich} neurons as columns. Per step, in NEST's order and arithmetic: with
 * {@code consistent_integration} one forward-Euler step of v and u from the step's start values, the
 * step's spike input added to v; otherwise the published scheme (two half steps of v, each with the
 * spike input as a current, then u from the new v). Then v is bounded below by V_min, a spike at
 * v ≥ V_th resets v to c and adds d to u, and the step's current input is taken up for the next step.
 * The model is never refractory.
 */
final class IzhikevichPopulation extends ColumnPopulation {

    private final double[] iStim;
    private double resolution = Double.NaN;
    private int sliceSteps;

    IzhikevichPopulation(NeuronModel model, int size) {
        super(model, IzhikevichModel.SCHEMA, size);
        iStim = new double[size];
    }

    @Override
    protected void check(double[] row) {
        // NEST checks no ranges for this model; the table has refused non-finite values
    }

    @Override
    public double recordable(int index, int i) {
        return columns[index == 0 ? V_M : U_M][i];
    }

    @Override
    public void prepare(RunContext context) {
        resolution = context.resolution();
        sliceSteps = context.sliceSteps();
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        if (Double.isNaN(resolution)) {
            throw new IllegalStateException(model().name() + ": prepare(RunContext) must be called before an update");
        }
        final double h = resolution;
        final int d = sliceSteps;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] current = io.currentInput();
        final double[] a = columns[A];
        final double[] b = columns[B];
        final double[] c = columns[C];
        final double[] dU = columns[D];
        final double[] iE = columns[I_E];
        final double[] vTh = columns[V_TH];
        final double[] vMin = columns[V_MIN];
        final double[] consistent = columns[CONSISTENT];
        final double[] vm = columns[V_M];
        final double[] um = columns[U_M];
        for (int i = from; i < to; i++) {
            double v = vm[i];
            double u = um[i];
            double stim = iStim[i];
            final boolean euler = consistent[i] != 0.0;
            final boolean sampled = io.isSampled(i);
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                final int slot = i * d + l;
                final double spikes = spikeEx[slot] + spikeIn[slot];
                if (euler) {
                    final double vOld = v;
                    final double uOld = u;
                    v += h * (0.04 * vOld * vOld + 5.0 * vOld + 140.0 - uOld + stim + iE[i]) + spikes;
                    u += h * a[i] * (b[i] * vOld - uOld);
                } else {
                    v += h * 0.5 * (0.04 * v * v + 5.0 * v + 140.0 - u + stim + iE[i] + spikes);
                    v += h * 0.5 * (0.04 * v * v + 5.0 * v + 140.0 - u + stim + iE[i] + spikes);
                    u += h * a[i] * (b[i] * v - u);
                }
                if (v < vMin[i]) {
                    v = vMin[i];
                }
                if (v >= vTh[i]) {
                    v = c[i];
                    u = u + dU[i];
                    io.spike(i, l);
                }
                stim = current[slot];
                if (sampled && io.isSampledAfter(i, l)) {
                    vm[i] = v;
                    um[i] = u;
                    io.sample(i, l);
                }
            }
            if (!Double.isFinite(v) || !Double.isFinite(u)) {
                throw new NumericalInstabilityException(String.format(Locale.ROOT,
                        "%s: neuron %d (population index) has V_m = %s, U_m = %s at t = %s ms", model().name(), i, v,
                        u, (float) ((io.originStep() + io.endStep()) * resolution)), i);
            }
            vm[i] = v;
            um[i] = u;
            iStim[i] = stim;
        }
    }
}
