package org.syncytium.plugins.iaf;

import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.support.neuron.PscPropagators;

/**
 * {@code iaf_psc_alpha} neurons as structure of arrays. The membrane potential is kept relative to
 * E_L ({@code y3}) as in NEST, so a change of E_L alone keeps the absolute V_m, V_reset and V_th.
 * Per step: propagate V exactly (unless refractory), propagate the alpha currents, add the spike
 * input of the step, test the threshold, take up the current input for the next step.
 */
final class IafPopulation implements Population {

    static final List<String> RECORDABLES = List.of("V_m", "I_syn_ex", "I_syn_in");
    private static final int COL_V_M = IafParameters.column(IafParameters.V_M);

    private final NeuronModel model;
    private final int size;
    /** Parameters by column of {@link IafParameters#NAMES} (absolute mV); the V_m column is unused. */
    private final double[][] values;

    // State.
    private final double[] y3;
    private final double[] iEx;
    private final double[] dIEx;
    private final double[] iIn;
    private final double[] dIIn;
    private final double[] iStim;
    private final int[] refractory;

    // Propagators and constants, per neuron because parameters may differ per neuron.
    private final double[] p11Ex;
    private final double[] p21Ex;
    private final double[] p11In;
    private final double[] p21In;
    private final double[] expm1TauM;
    private final double[] p30;
    private final double[] p31Ex;
    private final double[] p32Ex;
    private final double[] p31In;
    private final double[] p32In;
    private final double[] epscInitial;
    private final double[] ipscInitial;
    private final int[] refractorySteps;

    private double resolution = Double.NaN;
    private int sliceSteps;

    IafPopulation(NeuronModel model, int size) {
        this.model = model;
        this.size = size;
        int columns = IafParameters.NAMES.length;
        values = new double[columns][size];
        for (int k = 0; k < columns; k++) {
            java.util.Arrays.fill(values[k], IafParameters.defaultValue(k));
        }
        y3 = new double[size];
        double initial = IafParameters.defaultValue(COL_V_M) - IafParameters.defaultValue(IafParameters.column(IafParameters.E_L));
        java.util.Arrays.fill(y3, initial);
        iEx = new double[size];
        dIEx = new double[size];
        iIn = new double[size];
        dIIn = new double[size];
        iStim = new double[size];
        refractory = new int[size];
        p11Ex = new double[size];
        p21Ex = new double[size];
        p11In = new double[size];
        p21In = new double[size];
        expm1TauM = new double[size];
        p30 = new double[size];
        p31Ex = new double[size];
        p32Ex = new double[size];
        p31In = new double[size];
        p32In = new double[size];
        epscInitial = new double[size];
        ipscInitial = new double[size];
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

    private int eL() {
        return IafParameters.column(IafParameters.E_L);
    }

    @Override
    public double get(String name, int i) {
        int k = IafParameters.column(name);
        if (k == COL_V_M) {
            return y3[i] + values[eL()][i];
        }
        return values[k][i];
    }

    /** The neuron's row after applying the new values, in absolute units. */
    private double[] proposedRow(int i, String[] names, double[] newValues) {
        if (names.length != newValues.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        double[] row = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            row[k] = k == COL_V_M ? y3[i] + values[eL()][i] : values[k][i];
        }
        boolean vmGiven = false;
        int eL = eL();
        double oldEL = row[eL];
        for (int n = 0; n < names.length; n++) {
            int k = IafParameters.column(names[n]);
            row[k] = newValues[n];
            vmGiven |= k == COL_V_M;
        }
        if (!vmGiven) {
            // Keeps the absolute potential when only E_L changes (NEST stores V relative to E_L
            // and subtracts the change of E_L).
            row[COL_V_M] = y3[i] + oldEL;
        }
        return row;
    }

    @Override
    public void validate(int i, String[] names, double[] newValues) {
        IafParameters.check(proposedRow(i, names, newValues));
    }

    @Override
    public void set(int i, String[] names, double[] newValues) {
        double[] row = proposedRow(i, names, newValues);
        IafParameters.check(row);
        for (int k = 0; k < values.length; k++) {
            if (k != COL_V_M) {
                values[k][i] = row[k];
            }
        }
        y3[i] = row[COL_V_M] - row[eL()];
    }

    @Override
    public String option(String name) {
        throw new UnknownNameException("option of " + IafPscAlphaModel.NAME, name, List.of());
    }

    @Override
    public void setOption(String name, String value) {
        throw new UnknownNameException("option of " + IafPscAlphaModel.NAME, name, List.of());
    }

    @Override
    public int recordableIndex(String name) {
        return RECORDABLES.indexOf(name);
    }

    @Override
    public double recordable(int index, int i) {
        return switch (index) {
            case 0 -> y3[i] + values[eL()][i];
            case 1 -> iEx[i];
            case 2 -> iIn[i];
            default -> throw new IndexOutOfBoundsException("recordable " + index);
        };
    }

    @Override
    public void prepare(RunContext context) {
        resolution = context.resolution();
        sliceSteps = context.sliceSteps();
        double h = resolution;
        double[] cm = values[IafParameters.column(IafParameters.C_M)];
        double[] tauM = values[IafParameters.column(IafParameters.TAU_M)];
        double[] tauEx = values[IafParameters.column(IafParameters.TAU_SYN_EX)];
        double[] tauIn = values[IafParameters.column(IafParameters.TAU_SYN_IN)];
        double[] tRef = values[IafParameters.column(IafParameters.T_REF)];
        for (int i = 0; i < size; i++) {
            p11Ex[i] = Math.exp(-h / tauEx[i]);
            p21Ex[i] = h * p11Ex[i];
            p11In[i] = Math.exp(-h / tauIn[i]);
            p21In[i] = h * p11In[i];
            expm1TauM[i] = Math.expm1(-h / tauM[i]);
            p30[i] = -tauM[i] / cm[i] * expm1TauM[i];
            p31Ex[i] = PscPropagators.alphaDerivative(tauEx[i], tauM[i], cm[i], h);
            p32Ex[i] = PscPropagators.alphaCurrent(tauEx[i], tauM[i], cm[i], h);
            p31In[i] = PscPropagators.alphaDerivative(tauIn[i], tauM[i], cm[i], h);
            p32In[i] = PscPropagators.alphaCurrent(tauIn[i], tauM[i], cm[i], h);
            // the PSC of weight w peaks at w pA at t = tau_syn
            epscInitial[i] = Math.E / tauEx[i];
            ipscInitial[i] = Math.E / tauIn[i];
            refractorySteps[i] = (int) Math.round(tRef[i] / h);
        }
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        if (Double.isNaN(resolution)) {
            throw new IllegalStateException("prepare() was not called");
        }
        final int d = sliceSteps;
        final int first = io.firstStep();
        final int end = io.endStep();
        final double[] spikesEx = io.spikeExcitatory();
        final double[] spikesIn = io.spikeInhibitory();
        final double[] currents = io.currentInput();
        final double[] iE = values[IafParameters.column(IafParameters.I_E)];
        final double[] eL = values[eL()];
        final double[] vTh = values[IafParameters.column(IafParameters.V_TH)];
        final double[] vReset = values[IafParameters.column(IafParameters.V_RESET)];
        final double[] vMin = values[IafParameters.column(IafParameters.V_MIN)];
        for (int i = from; i < to; i++) {
            double v = y3[i];
            double ex = iEx[i];
            double dEx = dIEx[i];
            double in = iIn[i];
            double dIn = dIIn[i];
            double stim = iStim[i];
            int r = refractory[i];
            final double theta = vTh[i] - eL[i];
            final double reset = vReset[i] - eL[i];
            final double lower = vMin[i] - eL[i];
            final boolean sampled = io.isSampled(i);
            for (int l = first; l < end; l++) {
                if (r == 0) {
                    v = p30[i] * (stim + iE[i]) + p31Ex[i] * dEx + p32Ex[i] * ex + p31In[i] * dIn + p32In[i] * in
                            + expm1TauM[i] * v + v;
                    if (v < lower) {
                        v = lower;
                    }
                } else {
                    r--;
                }
                ex = p21Ex[i] * dEx + p11Ex[i] * ex;
                dEx *= p11Ex[i];
                dEx += epscInitial[i] * spikesEx[i * d + l];
                in = p21In[i] * dIn + p11In[i] * in;
                dIn *= p11In[i];
                dIn += ipscInitial[i] * spikesIn[i * d + l];
                if (v >= theta) {
                    r = refractorySteps[i];
                    v = reset;
                    io.spike(i, l);
                }
                stim = currents[i * d + l];
                if (sampled && io.isSampledAfter(i, l)) {
                    y3[i] = v;
                    iEx[i] = ex;
                    iIn[i] = in;
                    io.sample(i, l);
                }
            }
            if (!Double.isFinite(v)) {
                throw new NumericalInstabilityException(IafPscAlphaModel.NAME + ": neuron " + i
                        + " has V_m = " + (v + eL[i]) + " mV at " + (io.originStep() + end) * resolution + " ms", i);
            }
            y3[i] = v;
            iEx[i] = ex;
            dIEx[i] = dEx;
            iIn[i] = in;
            dIIn[i] = dIn;
            iStim[i] = stim;
            refractory[i] = r;
        }
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new BadPropertyException(IafPscAlphaModel.NAME, "gap junctions", "trial pass",
                "are not supported by this model");
    }
}
