package __PACKAGE__;

import java.util.Arrays;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;

/**
 * The neurons of one {@code create}: one array per parameter and state variable (structure of
 * arrays), updated in place over a slice without allocating.
 *
 * <p>Spike input: the kernel hands the sum of weight × multiplicity per neuron and step in
 * {@link SliceIO#spikeExcitatory()} and {@link SliceIO#spikeInhibitory()}. This model adds it to
 * V_m directly, so its weights are in mV (NEST's {@code iaf_psc_delta}), whereas current-based
 * models read the same arrays as pA.
 */
final class __CLASS__Population implements Population {

    private static final String[] NAMES = {"C_m", "tau_m", "t_ref", "E_L", "V_reset", "V_th", "I_e", "V_m"};

    private final NeuronModel model;
    private final double[][] values = new double[NAMES.length][];
    private final double[] cm;
    private final double[] tauM;
    private final double[] tRef;
    private final double[] eL;
    private final double[] vReset;
    private final double[] vTh;
    private final double[] iE;
    private final double[] vM;
    /** Remaining refractory steps. */
    private final int[] refractory;
    /** Current from devices taken up for the next step, pA. */
    private final double[] iStim;
    private double h;
    private int d;

    __CLASS__Population(NeuronModel model, int size) {
        this.model = model;
        for (int k = 0; k < NAMES.length; k++) {
            values[k] = new double[size];
            Arrays.fill(values[k], (Double) __CLASS__Model.SCHEMA.require(model.name(), NAMES[k]).defaultValue());
        }
        cm = values[0];
        tauM = values[1];
        tRef = values[2];
        eL = values[3];
        vReset = values[4];
        vTh = values[5];
        iE = values[6];
        vM = values[7];
        refractory = new int[size];
        iStim = new double[size];
    }

    private int index(String name) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(name)) {
                return k;
            }
        }
        __CLASS__Model.SCHEMA.require(model.name(), name); // throws with a "did you mean"
        throw new IllegalStateException(name);
    }

    @Override
    public NeuronModel model() {
        return model;
    }

    @Override
    public int size() {
        return vM.length;
    }

    @Override
    public double get(String name, int i) {
        return values[index(name)][i];
    }

    @Override
    public void validate(int i, String[] names, double[] newValues) {
        double[] candidate = new double[NAMES.length];
        for (int k = 0; k < NAMES.length; k++) {
            candidate[k] = values[k][i];
        }
        for (int j = 0; j < names.length; j++) {
            int k = index(names[j]);
            if (!Double.isFinite(newValues[j])) {
                throw new BadPropertyException(model.name(), names[j], newValues[j], "must be a finite number");
            }
            candidate[k] = newValues[j];
        }
        require(candidate[0] > 0, "C_m", candidate[0], "> 0");
        require(candidate[1] > 0, "tau_m", candidate[1], "> 0");
        require(candidate[2] >= 0, "t_ref", candidate[2], ">= 0");
        require(candidate[4] < candidate[5], "V_reset", candidate[4], "< V_th (" + candidate[5] + " mV)");
    }

    private void require(boolean ok, String name, double value, String rule) {
        if (!ok) {
            throw new BadPropertyException(model.name(), name, value, rule);
        }
    }

    @Override
    public void set(int i, String[] names, double[] newValues) {
        validate(i, names, newValues); // all or nothing: nothing changes before every value passed
        for (int j = 0; j < names.length; j++) {
            values[index(names[j])][i] = newValues[j];
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
    public int recordableIndex(String name) {
        return name.equals("V_m") ? 0 : -1;
    }

    @Override
    public double recordable(int index, int i) {
        return vM[i];
    }

    @Override
    public void prepare(RunContext context) {
        h = context.resolution();
        d = context.sliceSteps();
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        double[] ex = io.spikeExcitatory();
        double[] in = io.spikeInhibitory();
        double[] current = io.currentInput();
        for (int i = from; i < to; i++) {
            // exact propagators of dV/dt = -(V - E_L)/tau_m + I/C_m over one step
            double p22 = Math.exp(-h / tauM[i]);
            double p21 = tauM[i] / cm[i] * (1.0 - p22);
            int refractorySteps = (int) Math.round(tRef[i] / h);
            for (int l = io.firstStep(); l < io.endStep(); l++) {
                if (refractory[i] == 0) {
                    vM[i] = eL[i] + (vM[i] - eL[i]) * p22 + (iE[i] + iStim[i]) * p21;
                    vM[i] += ex[i * d + l] + in[i * d + l]; // weights in mV: voltage jumps
                } else {
                    refractory[i]--;
                }
                if (vM[i] >= vTh[i]) {
                    vM[i] = vReset[i];
                    refractory[i] = refractorySteps;
                    io.spike(i, l);
                }
                if (!Double.isFinite(vM[i])) {
                    throw new NumericalInstabilityException(model.name() + ": V_m of neuron " + i + " is " + vM[i], i);
                }
                if (io.isSampled(i)) {
                    io.sample(i, l);
                }
                iStim[i] = current[i * d + l];
            }
        }
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new UnsupportedOperationException(model.name() + " has no gap junctions");
    }
}
