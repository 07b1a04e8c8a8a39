package org.syncytium.plugins.nestml.runtime;

import org.syncytium.support.ode.GslRkf45;
import org.syncytium.support.ode.OdeSystem;

/**
 * What the code generated for one NESTML model extends: one instance per thread and population holds
 * the neuron being updated (its parameters, internals and state copied into fields), the inputs of the
 * current step and the RKF45 integrator. The generated subclass supplies the model's right-hand side,
 * its update step and its initial values; this class supplies everything that is the same for every
 * model. Nothing here allocates after construction.
 *
 * <p>Columns: one {@code double[]} over neurons per parameter, internal and state variable, in the
 * order {@link ModelLayout} lists them.
 */
public abstract class CompiledNeuron extends GeneratedCode implements OdeSystem {

    /** Structure-of-arrays columns of the population, index [column][neuron]. */
    protected double[][] columns;
    /** Vector variables of the population ({@code x[N]}), index [vector][neuron], each neuron's own array. */
    protected double[][][] vectors;

    /** RKF45 step size carried from step to step for the loaded neuron, ms. */
    protected double stepSize;
    /** Set by {@code emit_spike()} during {@link #step()}. */
    protected boolean emitted;
    /** Tolerances of the RKF45 control (NESTML's gsl_abs_error_tol, gsl_rel_error_tol). */
    protected double absTol = 1e-6;
    protected double relTol = 1e-6;

    /** Spike input of the current step, pA or the weight's unit: sums of positive and of negative weights. */
    protected double spikeEx;
    protected double spikeIn;
    /** The same per receptor type 1 to R (index r − 1) for a model with several receptors; empty otherwise. */
    protected double[] receptorEx = new double[0];
    protected double[] receptorIn = new double[0];
    /** The slice's input arrays of each receptor type, fetched once per pass by the population. */
    double[][] receptorSliceEx = new double[0][];
    double[][] receptorSliceIn = new double[0][];
    /** Device current of the continuous port, held over the step, pA. */
    protected double current;

    /** Gap input of the current step: I_gap = -S·V + Σ_q c_q τ^q with τ = t / h. */
    protected int gapOrder;
    protected double gapS;
    protected double gc0;
    protected double gc1;
    protected double gc2;
    protected double gc3;

    /** Population index of the loaded neuron (selects its random seed). */
    protected int neuron;
    /** Random numbers the loaded neuron has drawn so far (its stream position, a hidden state column). */
    protected double draws;
    /** Per neuron, the seed of its random numbers from the kernel (RunContext.randomSeed), filled at prepare. */
    private long[] seeds;

    /** Bit k set: ODE state k is integrated by the running integrate_odes call. */
    protected long activeOdes = -1L;

    /** The ODE state vector while integrating. */
    protected final double[] y;
    /** Scratch derivatives for h·dV/dt of the waveform. */
    protected final double[] f;
    private final GslRkf45 rkf45;
    /** NESTML's {@code numeric_solver: "forward-Euler"}: one explicit Euler step per step instead of RKF45. */
    private boolean forwardEuler;
    /** The derivatives of a forward Euler step. */
    private final double[] rates;

    protected CompiledNeuron(int odeDimension, int watchIndex) {
        int dim = Math.max(odeDimension, 1);
        y = new double[dim];
        f = new double[dim];
        rkf45 = odeDimension == 0 ? null : new GslRkf45(this, dim, Math.max(watchIndex, 0));
        rates = new double[dim];
    }

    /** Called by the constructor of a model generated with NESTML's {@code numeric_solver: "forward-Euler"}. */
    protected final void forwardEuler() {
        forwardEuler = true;
    }

    /** Binds the population's columns, vectors and its neurons' random seeds. */
    final void bind(double[][] columns, double[][][] vectors, long[] seeds) {
        this.columns = columns;
        this.vectors = vectors;
        this.seeds = seeds;
    }

    // ------------------------------------------------------------------ generated per model

    /** Copies parameters, internals and state of neuron {@code i} from the columns into fields. */
    public abstract void load(int i);

    /** Copies the state fields back into the columns of neuron {@code i}. */
    public abstract void store(int i);

    /** Fills the columns of neuron {@code i} with the model's defaults: parameters, internals, then state. */
    public abstract void initialize(int i);

    /** Recomputes the internals of neuron {@code i} from its parameters (after a change or a new resolution). */
    public abstract void computeInternals(int i);

    /** The first declared constraint {@code [[...]]} the loaded fields violate, as "file:line: text", or null. */
    public abstract String violatedConstraint();

    /**
     * One simulation step of the loaded neuron: the update block (integrate_odes inside), then the spike
     * input of the step (kernel jumps, onReceive), then the onCondition blocks.
     */
    public abstract void step();

    /** Copies the fields of the ODE state into {@link #y} (ODE order). */
    public abstract void odeFieldsToY();

    /** The membrane potential marked for gap junctions, from the fields, mV. */
    public abstract double gapVoltage();

    /** dV/dt of the gap membrane potential at local time {@code t} and state {@code y}, mV/ms. */
    public abstract double gapVoltageDerivative(double t, double[] y);

    /** Value of recordable inline expression {@code k} for the loaded fields. */
    public abstract double inlineValue(int k);

    // ------------------------------------------------------------------ shared helpers

    /** One RKF45 integration (or forward Euler step) of the ODE state over the step; throws if the step size collapsed. */
    protected final void integrateYOverStep() {
        if (rkf45 == null) {
            return;
        }
        if (forwardEuler) {
            // NESTML's forward-Euler step: the derivatives at the step's start, then y += h f
            derivatives(0.0, y, rates);
            for (int k = 0; k < rates.length; k++) {
                y[k] += h * rates[k];
            }
            return;
        }
        double next = rkf45.integrate(y, h, stepSize, absTol, relTol);
        if (Double.isNaN(next)) {
            throw new StepCollapsed();
        }
        stepSize = next;
    }

    /** The gap current in pA at membrane potential {@code v} and local time {@code t}, ms. */
    protected final double gapCurrent(double v, double t) {
        final double tau = t / h;
        switch (gapOrder) {
            case 0:
                return -gapS * v + gc0;
            case 1:
                return -gapS * v + gc0 + gc1 * tau;
            default:
                return -gapS * v + gc0 + gc1 * tau + gc2 * tau * tau + gc3 * tau * tau * tau;
        }
    }

    /**
     * The next uniform of the loaded neuron's own stream: SplitMix64 at the seed the kernel derived
     * from rng_seed and the node id, at position {@link #draws}. Counter-based, so results do not
     * depend on the thread or process updating the neuron, and a trial pass that restores the state
     * (draws included) draws the same numbers again in the final pass.
     */
    @Override
    protected final double nextUniform() {
        draws += 1.0;
        long z = seeds[neuron] + ((long) draws) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** One propagator per group of ODE states the generated code integrates exactly ({@link LinearPropagator}). */
    private LinearPropagator[] linear = new LinearPropagator[0];

    /** Called by the generated constructor: the sizes of its exactly integrated groups. */
    protected final void linearComponents(int[] sizes) {
        linear = new LinearPropagator[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            linear[c] = new LinearPropagator(sizes[c]);
        }
    }

    /** Fills A (row-major) and b of group {@code c} from the loaded fields; the generated code overrides it. */
    protected void linearSystem(int c, double[] a, double[] b) {
        throw new IllegalStateException("no linear group " + c);
    }

    /** Advances the states {@code z} of group {@code c} whose bit is in {@code mask} over one step, exactly. */
    protected final void propagateLinear(int c, double[] z, long mask) {
        LinearPropagator p = linear[c];
        p.clear();
        linearSystem(c, p.a, p.b);
        p.advance(z, mask, h);
    }

    /** Thrown by {@link #integrateYOverStep()} when the adaptive step size collapses. */
    static final class StepCollapsed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepCollapsed() {
            super(null, null, false, false);
        }
    }
}
