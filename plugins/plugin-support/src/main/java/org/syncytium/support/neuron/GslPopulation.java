package org.syncytium.support.neuron;

import java.util.Arrays;
import java.util.Locale;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.param.ParameterSchema;

/**
 * What NEST's GSL-integrated point neurons (hh_psc_alpha, iaf_cond_*, aeif_cond_*) keep besides their
 * table: per neuron the step size GSL carries from step to step (starting at h, as NEST's
 * {@code init_buffers}), the refractory count and its length in steps (NEST's
 * {@code Time(ms(t_ref)).get_steps()}, renewed when t_ref changes), and the current input held over
 * the step.
 */
public abstract class GslPopulation extends ColumnPopulation {

    private final int tRefColumn;
    protected final double[] iStim;
    protected final int[] refractory;
    protected final double[] integrationStep;
    protected final int[] refractorySteps;
    /** h in ms, NaN until the first {@link #prepare}. */
    protected double resolution = Double.NaN;
    protected int sliceSteps;

    /**
     * @param tRefColumn the table column of {@code t_ref} (ms)
     */
    protected GslPopulation(NeuronModel model, ParameterSchema schema, int size, int tRefColumn) {
        super(model, schema, size);
        this.tRefColumn = tRefColumn;
        iStim = new double[size];
        refractory = new int[size];
        integrationStep = new double[size];
        refractorySteps = new int[size];
    }

    @Override
    protected final void changed(int i) {
        if (!Double.isNaN(resolution)) {
            refractorySteps[i] = (int) Math.round(columns[tRefColumn][i] / resolution);
        }
    }

    @Override
    public final void prepare(RunContext context) {
        double h = context.resolution();
        if (h != resolution) {
            Arrays.fill(integrationStep, h); // NEST starts the adaptive step at h
        }
        resolution = h;
        sliceSteps = context.sliceSteps();
        for (int i = 0; i < size(); i++) {
            refractorySteps[i] = (int) Math.round(columns[tRefColumn][i] / h);
        }
    }

    /**
     * Stops the run if the RKF45's step size collapsed at the step ending at {@code stamp} ({@code step}
     * NaN, see GslRkf45#integrate). A state that turns NaN alone goes on, as in NEST, whose models do
     * not check.
     *
     * @param names the names of the first {@code names.length} entries of {@code y}, for the message
     */
    protected final void requireStep(double step, int i, long stamp, double[] y, String[] names) {
        if (Double.isNaN(step)) {
            StringBuilder state = new StringBuilder();
            for (int k = 0; k < names.length; k++) {
                state.append(k == 0 ? "" : ", ").append(names[k]).append('=').append(y[k]);
            }
            throw new NumericalInstabilityException(String.format(Locale.ROOT,
                    "%s: the integration step of neuron %d (population index) collapsed at t = %s ms: %s",
                    model().name(), i, (float) (stamp * resolution), state), i);
        }
    }

    /** Throws unless {@link #prepare} ran: an update needs h and the slice length. */
    protected final void requirePrepared() {
        if (Double.isNaN(resolution)) {
            throw new IllegalStateException(model().name() + ": prepare(RunContext) must be called before an update");
        }
    }
}
