package org.syncytium.plugins.hh;

import static org.syncytium.plugins.hh.HhDynamics.DIM;
import static org.syncytium.plugins.hh.HhParameters.MODEL;

import java.util.Arrays;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.NeuronQueue;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;

/**
 * {@code hh_psc_alpha_gap} neurons: one array over neurons per parameter, and one row per neuron of
 * what every step reads and writes (state, NEST's adaptive step size, I_stim: {@link NeuronRow}), plus
 * NEST's refractory counter.
 *
 * <p>Update semantics follow NEST's {@code update} / {@code wfr_update} (reference 1.9–1.11): see
 * {@link #update} and {@link #trialUpdate}. Different threads may update disjoint neuron ranges at
 * the same time; each uses its own {@link Workspace}.
 */
public final class HhPopulation implements Population {

    /** e/τ normalises the alpha current so that a spike of weight w peaks at w pA. */
    private static final double E = Math.E;
    /** See {@link #sharesTrialPasses()}; read when the population is made, so a bench can alternate it. */
    private final boolean sharedTrialPasses = Boolean.getBoolean("syncytium.hh.shared_trial_passes");

    private final NeuronModel model;
    private final int size;
    /**
     * Column k holds parameter k of {@link HhParameters} for every neuron (k &lt; {@link HhParameters#V_M});
     * the state, columns V_M and up, lives in {@link #rows}.
     */
    private final double[][] columns;
    /**
     * Per neuron, what the passes read and write every step: state, carried step size, I_stim and the
     * PSC normalisations, side by side ({@link NeuronRow}).
     */
    private final double[] rows;

    /** Remaining refractory steps r. */
    private final int[] refractory;
    /** RKF45 attempts of each neuron in its latest pass on the vectorised lanes (they take costly neurons first). */
    private final int[] passCost;

    // derived in prepare(RunContext)
    private final int[] refractorySteps;
    /** Each neuron's constant parameter rows for the vectorised lanes, see {@link LaneParameters#pack}. */
    private final double[] packedParameters;
    /** See {@link #uniformParameters()}; written by prepare and set, read by the passes. */
    private boolean uniformParameters;
    /** V at the end of each step of the previous trial pass, index i·D + l; zeroed by every final pass. */
    private double[] lastV = new double[0];

    /** The integrator option: {@link HhParameters#RKF45}, {@link HhParameters#RKF45_SIMD} or {@link HhParameters#DORMAND_PRINCE}. */
    private String integrator = HhParameters.DEFAULT_INTEGRATOR;
    private boolean prepared;
    /** Tests: run rkf45 with rkf45_simd's arithmetic (see HhDynamics.strict) to compare lanes bit for bit. */
    private boolean strictTwin;
    private double resolution = Double.NaN;
    private int sliceSteps;
    private int order;
    private boolean gapCoupled;

    HhPopulation(NeuronModel model, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, was " + size);
        }
        this.model = model;
        this.size = size;
        double[] defaults = HhParameters.defaults();
        columns = new double[HhParameters.V_M][];
        for (int k = 0; k < HhParameters.V_M; k++) {
            columns[k] = new double[size];
            Arrays.fill(columns[k], defaults[k]);
        }
        rows = new double[size * NeuronRow.LENGTH];
        for (int i = 0; i < size; i++) {
            int at = i * NeuronRow.LENGTH;
            // the state columns V_M..I_SYN_IN are the row's state in HhDynamics' component order
            System.arraycopy(defaults, HhParameters.V_M, rows, at + NeuronRow.STATE, HhDynamics.DIM);
            rows[at + NeuronRow.STEP] = Double.NaN;
        }
        refractory = new int[size];
        passCost = new int[size];
        refractorySteps = new int[size];
        packedParameters = new double[size * LaneParameters.PACK_STRIDE];
        if (HhParameters.RKF45_SIMD.equals(integrator) && VectorSupport.problem() == null) {
            // the lanes' compilation starts while the network is still being built, not at the first
            // update (without the Vector API the first update says so, not the building of a network)
            SimdWarmup.hot();
        }
    }

    @Override
    public NeuronModel model() {
        return model;
    }

    @Override
    public int size() {
        return size;
    }

    // ------------------------------------------------------------------ parameters and state

    @Override
    public double get(String name, int i) {
        checkIndex(i);
        int column = HhParameters.column(name);
        if (column < 0) {
            ParameterSpec spec = HhParameters.SCHEMA.require(MODEL, name);
            throw new BadPropertyException(MODEL, spec.name(), option(spec.name()),
                    "is a population-wide option, read it with option(\"" + spec.name() + "\")");
        }
        return value(column, i);
    }

    /** Quantity {@code column} of {@link HhParameters} of neuron {@code i}: a parameter column or the state row. */
    private double value(int column, int i) {
        return column < HhParameters.V_M ? columns[column][i]
                : rows[i * NeuronRow.LENGTH + NeuronRow.STATE + column - HhParameters.V_M];
    }

    @Override
    public void validate(int i, String[] names, double[] values) {
        checkIndex(i);
        columnsOf(names, values);
    }

    @Override
    public void set(int i, String[] names, double[] values) {
        checkIndex(i);
        int[] targets = columnsOf(names, values);
        for (int k = 0; k < targets.length; k++) {
            if (targets[k] < HhParameters.V_M) {
                columns[targets[k]][i] = values[k];
            } else {
                rows[i * NeuronRow.LENGTH + NeuronRow.STATE + targets[k] - HhParameters.V_M] = values[k];
            }
        }
        if (prepared) {
            deriveFor(i);
            // stays true only if it still holds; a false one waits for the next prepare
            if (uniformParameters && i > 0) {
                uniformParameters = samePackedAsFirst(i);
            } else if (uniformParameters) {
                uniformParameters = allPackedAsFirst();
            }
        }
    }

    private boolean allPackedAsFirst() {
        for (int i = 1; i < size; i++) {
            if (!samePackedAsFirst(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether neuron {@code i}'s packed parameter rows have the same bits as neuron 0's. */
    private boolean samePackedAsFirst(int i) {
        int at = i * LaneParameters.PACK_STRIDE;
        for (int q = 0; q < LaneParameters.PACKED; q++) {
            if (Double.doubleToRawLongBits(packedParameters[at + q]) != Double.doubleToRawLongBits(packedParameters[q])) {
                return false;
            }
        }
        return true;
    }

    /** Validates all values together and returns their columns; changes nothing. */
    private int[] columnsOf(String[] names, double[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names but " + values.length + " values");
        }
        int[] targets = new int[names.length];
        for (int k = 0; k < names.length; k++) {
            ParameterSpec spec = HhParameters.SCHEMA.require(MODEL, names[k]);
            if (spec.type() != ParameterType.REAL) {
                throw new BadPropertyException(MODEL, spec.name(), values[k],
                        "is a population-wide option, set it with setOption(\"" + spec.name() + "\", ...)");
            }
            int column = HhParameters.column(spec.name());
            HhParameters.check(column, values[k]);
            targets[k] = column;
        }
        return targets;
    }

    @Override
    public String option(String name) {
        ParameterSpec spec = HhParameters.SCHEMA.require(MODEL, name);
        if (spec.type() != ParameterType.STRING) {
            throw new BadPropertyException(MODEL, name, null, "is a per-neuron value, read it with get(\"" + name + "\", i)");
        }
        return integrator;
    }

    @Override
    public void setOption(String name, String value) {
        ParameterSpec spec = HhParameters.SCHEMA.require(MODEL, name);
        if (spec.type() != ParameterType.STRING) {
            throw new BadPropertyException(MODEL, name, value, "is a per-neuron value, set it with set(i, ...)");
        }
        if (!HhParameters.INTEGRATORS.contains(value)) {
            throw new BadPropertyException(MODEL, name, value,
                    "must be one of " + String.join(", ", HhParameters.INTEGRATORS));
        }
        integrator = value;
    }

    @Override
    public int recordableIndex(String name) {
        return HhParameters.RECORDABLES.indexOf(name);
    }

    @Override
    public double recordable(int index, int i) {
        return value(HhParameters.RECORDABLE_COLUMNS[index], i);
    }

    /** Tests only: always the scalar path with the vector lanes' exp and powers (the twin), never the lanes. */
    void useScalarTwinOfSimd() {
        strictTwin = true;
    }

    /** NEST's remaining refractory steps of neuron {@code i} (for tests and diagnostics). */
    int refractoryCount(int i) {
        return refractory[i];
    }

    /** The adaptive step size carried for neuron {@code i}, ms (for tests and diagnostics). */
    double integrationStep(int i) {
        return rows[i * NeuronRow.LENGTH + NeuronRow.STEP];
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("neuron index " + i + " outside [0, " + size + ")");
        }
    }

    // ------------------------------------------------------------------ run preparation

    @Override
    public void prepare(RunContext context) {
        double h = context.resolution();
        int d = context.sliceSteps();
        int k = context.interpolationOrder();
        if (!(h > 0)) {
            throw new BadPropertyException(MODEL, "resolution", h, "must be > 0");
        }
        if (d < 1) {
            throw new BadPropertyException(MODEL, "min_delay (steps)", d, "must be >= 1");
        }
        if (context.gapCoupled() && k != 0 && k != 1 && k != 3) {
            throw new BadPropertyException(MODEL, "wfr_interpolation_order", k, "must be 0, 1 or 3");
        }
        if (h != resolution) {
            // NEST starts the adaptive step at h when the buffers are initialised
            for (int i = 0; i < size; i++) {
                rows[i * NeuronRow.LENGTH + NeuronRow.STEP] = h;
            }
        }
        resolution = h;
        sliceSteps = d;
        order = k;
        gapCoupled = context.gapCoupled();
        if (lastV.length != size * d) {
            lastV = new double[size * d];
        }
        for (int i = 0; i < size; i++) {
            deriveFor(i);
        }
        uniformParameters = allPackedAsFirst();
        prepared = true;
    }

    /** PSC normalisation e/τ and refractory steps round(t_ref/h) of neuron {@code i}. */
    private void deriveFor(int i) {
        rows[i * NeuronRow.LENGTH + NeuronRow.PSC_INIT_EX] = E / columns[HhParameters.TAU_SYN_EX][i];
        rows[i * NeuronRow.LENGTH + NeuronRow.PSC_INIT_IN] = E / columns[HhParameters.TAU_SYN_IN][i];
        refractorySteps[i] = (int) Math.round(columns[HhParameters.T_REF][i] / resolution);
        LaneParameters.pack(columns, i, packedParameters, i * LaneParameters.PACK_STRIDE);
    }

    private void checkPrepared() {
        if (!prepared) {
            throw new IllegalStateException(MODEL + ": prepare(RunContext) must be called before an update");
        }
    }

    // ------------------------------------------------------------------ passes

    /**
     * The final pass (NEST's {@code update}): for every step l in [firstStep, endStep): integrate over
     * [0, h] with the partner polynomial of lag l; add spike input to dI_ex / dI_in; refractory count
     * down or spike if V ≥ 0 mV and falling; sample; take up I_stim. Then, if gap-coupled, publish V at
     * the end of the slice as a constant for every step and forget the trial passes of this slice.
     */
    @Override
    public void update(int from, int to, SliceIO io) {
        checkPrepared();
        final Workspace ws = Workspace.current();
        final boolean simd = HhParameters.RKF45_SIMD.equals(integrator);
        if (simd && !strictTwin && ws.lanesReady()) {
            ws.simd().update(this, from, to, io);
            return;
        }
        // rkf45_simd before its lanes are compiled, or without the Vector API: the lanes' scalar twin,
        // which gives their results bit for bit
        final boolean twin = simd || strictTwin;
        final HhDynamics dynamics = ws.dynamics(twin);
        final StepIntegrator integrator = twin ? ws.strictRkf45() : ws.integrator(this.integrator);
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final int width = order + 1;
        final boolean gap = gapCoupled;
        final int first = io.firstStep();
        final int end = io.endStep();
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] current = io.currentInput();
        final double[] gapS = gap ? io.gapConductance() : null;
        final double[] gapIn = gap ? io.gapCoefficientsIn() : null;
        final double[] gapOut = gap ? io.gapCoefficientsOut() : null;

        dynamics.resolution = h;
        dynamics.clearGap();
        dynamics.order = gap ? order : 0;
        for (int i = from; i < to; i++) {
            dynamics.loadParameters(columns, i);
            load(i, y);
            final boolean sampled = io.isSampled(i);
            final double s = gap ? gapS[i] : 0.0;
            final int row = i * NeuronRow.LENGTH;
            final double pscEx = rows[row + NeuronRow.PSC_INIT_EX];
            final double pscIn = rows[row + NeuronRow.PSC_INIT_IN];
            double step = rows[row + NeuronRow.STEP];
            int r = refractory[i];
            dynamics.iStim = rows[row + NeuronRow.I_STIM];
            for (int l = first; l < end; l++) {
                final int slot = i * d + l;
                if (gap) {
                    dynamics.loadGap(s, gapIn, slot * width);
                }
                final double uOld = y[HhDynamics.V];
                step = integrator.integrate(y, h, step);
                if (Double.isNaN(step) || !finite(y)) {
                    throw instability(i, io.originStep() + l + 1, y, step);
                }
                if (spikeEx != null) {
                    y[HhDynamics.DI_EX] += spikeEx[slot] * pscEx;
                }
                if (spikeIn != null) {
                    y[HhDynamics.DI_IN] += spikeIn[slot] * pscIn;
                }
                if (r > 0) {
                    --r;
                } else if (y[HhDynamics.V] >= 0 && uOld > y[HhDynamics.V]) {
                    r = refractorySteps[i];
                    io.spike(i, l);
                }
                if (sampled && io.isSampledAfter(i, l)) {
                    store(i, y);
                    refractory[i] = r;
                    io.sample(i, l);
                }
                if (current != null) {
                    dynamics.iStim = current[slot];
                }
            }
            store(i, y);
            refractory[i] = r;
            rows[row + NeuronRow.STEP] = step;
            rows[row + NeuronRow.I_STIM] = dynamics.iStim;
            if (gap) {
                publishFinal(i, gapOut);
            }
        }
    }

    /**
     * End of the final pass of neuron {@code i} (gap-coupled): V at the end of the slice as a constant
     * for every step, and the trial passes of this slice forgotten.
     */
    void publishFinal(int i, double[] gapOut) {
        final int d = sliceSteps;
        final int width = order + 1;
        final double vEnd = rows[i * NeuronRow.LENGTH + NeuronRow.STATE + HhDynamics.V];
        final int base = i * d;
        Arrays.fill(gapOut, base * width, (base + d) * width, 0.0);
        for (int l = 0; l < d; l++) {
            gapOut[(base + l) * width] = vEnd;
        }
        Arrays.fill(lastV, base, base + d, 0.0);
    }

    // ---- package-private views for the vectorised passes (Rkf45Simd); same arrays, no copies ----

    double[] packedParameters() {
        return packedParameters;
    }

    /**
     * True if every neuron's packed parameter rows have the same bits (the usual population of
     * identical neurons): the lanes then fill those rows once per pass instead of once per neuron.
     * Exact: any difference, or a set() it cannot cheaply check, makes it false until the next prepare.
     */
    boolean uniformParameters() {
        return uniformParameters;
    }

    /** Every neuron's row ({@link NeuronRow}): state, carried step, I_stim, PSC normalisations. */
    double[] rows() {
        return rows;
    }

    int[] refractoryCounts() {
        return refractory;
    }

    int[] passCosts() {
        return passCost;
    }

    int[] refractorySteps() {
        return refractorySteps;
    }

    double[] lastV() {
        return lastV;
    }

    double resolution() {
        return resolution;
    }

    int sliceSteps() {
        return sliceSteps;
    }

    int order() {
        return order;
    }

    boolean gapCoupled() {
        return gapCoupled;
    }

    /**
     * A waveform-relaxation trial pass (NEST's {@code wfr_update}) over all D steps of the slice:
     * integrates with the current gap input, adds spike input without consuming it, publishes per step
     * the polynomial of V (order 0: start value; 1: linear; 3: cubic Hermite with h·dV/dt at both ends,
     * evaluated with the same step's partner polynomial), compares V at each step end with the
     * previous trial pass, and leaves the state as it was except the adaptive step size.
     *
     * <p>NEST copies the state before the pass and restores it afterwards; here the pass integrates a
     * copy in the thread's {@link Workspace} and never writes the state arrays, which is the same
     * without a second copy.
     */
    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        checkPrepared();
        final Workspace ws = Workspace.current();
        final boolean simd = HhParameters.RKF45_SIMD.equals(integrator);
        if (simd && !strictTwin && ws.lanesReady()) {
            return ws.simd().trialUpdate(this, from, to, io, tolerance);
        }
        final boolean twin = simd || strictTwin; // see update
        final HhDynamics dynamics = ws.dynamics(twin);
        final StepIntegrator integrator = twin ? ws.strictRkf45() : ws.integrator(this.integrator);
        final double[] y = ws.y;
        final double h = resolution;
        final int d = sliceSteps;
        final int k = order;
        final int width = k + 1;
        final boolean gap = gapCoupled;
        final double[] spikeEx = io.spikeExcitatory();
        final double[] spikeIn = io.spikeInhibitory();
        final double[] gapS = gap ? io.gapConductance() : null;
        final double[] gapIn = gap ? io.gapCoefficientsIn() : null;
        final double[] gapOut = gap ? io.gapCoefficientsOut() : null;
        final double[] last = lastV;

        boolean converged = true;
        dynamics.resolution = h;
        dynamics.clearGap();
        dynamics.order = gap ? k : 0;
        for (int i = from; i < to; i++) {
            dynamics.loadParameters(columns, i);
            final int row = i * NeuronRow.LENGTH;
            dynamics.iStim = rows[row + NeuronRow.I_STIM];
            load(i, y);
            final double s = gap ? gapS[i] : 0.0;
            final double pscEx = rows[row + NeuronRow.PSC_INIT_EX];
            final double pscIn = rows[row + NeuronRow.PSC_INIT_IN];
            double step = rows[row + NeuronRow.STEP];
            for (int l = 0; l < d; l++) {
                final int slot = i * d + l;
                if (gap) {
                    dynamics.loadGap(s, gapIn, slot * width);
                }
                final double yStart = y[HhDynamics.V];
                double hfStart = 0.0;
                if (k == 3) {
                    hfStart = h * dynamics.dVdt(0.0, y);
                }
                step = integrator.integrate(y, h, step);
                if (Double.isNaN(step) || !finite(y)) {
                    throw instability(i, io.originStep() + l + 1, y, step);
                }
                if (spikeEx != null) {
                    y[HhDynamics.DI_EX] += spikeEx[slot] * pscEx;
                }
                if (spikeIn != null) {
                    y[HhDynamics.DI_IN] += spikeIn[slot] * pscIn;
                }
                final double yEnd = y[HhDynamics.V];
                if (Math.abs(yEnd - last[slot]) > tolerance) {
                    converged = false;
                }
                last[slot] = yEnd;
                if (gapOut != null) {
                    final int out = slot * width;
                    gapOut[out] = yStart;
                    if (k == 1) {
                        gapOut[out + 1] = yEnd - yStart;
                    } else if (k == 3) {
                        final double hfEnd = h * dynamics.dVdt(h, y);
                        gapOut[out + 1] = hfStart;
                        gapOut[out + 2] = -3 * yStart + 3 * yEnd - 2 * hfStart - hfEnd;
                        gapOut[out + 3] = 2 * yStart - 2 * yEnd + hfStart + hfEnd;
                    }
                }
            }
            rows[row + NeuronRow.STEP] = step;
        }
        return converged;
    }

    /**
     * The trial pass of listed neurons only (WFR work skipping): the lanes of {@code rkf45_simd}
     * refill from the list; the scalar integrators run each run of consecutive neurons.
     */
    @Override
    public boolean trialUpdate(int[] neurons, int start, int end, SliceIO io, double tolerance) {
        checkPrepared();
        final Workspace ws = Workspace.current();
        if (HhParameters.RKF45_SIMD.equals(integrator) && !strictTwin && ws.lanesReady()) {
            return ws.simd().trialUpdate(this, neurons, start, end, io, tolerance);
        }
        return Population.super.trialUpdate(neurons, start, end, io, tolerance);
    }

    /**
     * The lanes could take a shared pass's neurons one at a time ({@link #trialUpdate(NeuronQueue, SliceIO,
     * double)}), but on the seed network sharing was slower than the kernel's measured split (a neuron
     * that changes worker finds its data in the other core's cache; docs/performance.md, "Shared trial
     * passes"), so this model asks for it only under the system property
     * {@code syncytium.hh.shared_trial_passes=true}, kept for A/B runs.
     */
    @Override
    public boolean sharesTrialPasses() {
        return sharedTrialPasses;
    }

    /** The lanes take their neurons from the queue as they free up; the scalar paths run each on its own. */
    @Override
    public boolean trialUpdate(NeuronQueue queue, SliceIO io, double tolerance) {
        checkPrepared();
        final Workspace ws = Workspace.current();
        if (HhParameters.RKF45_SIMD.equals(integrator) && !strictTwin && ws.lanesReady()) {
            return ws.simd().trialUpdate(this, queue, io, tolerance);
        }
        return Population.super.trialUpdate(queue, io, tolerance);
    }

    /** RKF45 attempts of neuron {@code i} in its latest pass on the lanes (0 before one, or on the scalar paths). */
    @Override
    public int passCost(int i) {
        return passCost[i];
    }

    private void load(int i, double[] y) {
        System.arraycopy(rows, i * NeuronRow.LENGTH + NeuronRow.STATE, y, 0, HhDynamics.DIM);
    }

    private void store(int i, double[] y) {
        System.arraycopy(y, 0, rows, i * NeuronRow.LENGTH + NeuronRow.STATE, HhDynamics.DIM);
    }

    private static boolean finite(double[] y) {
        double sum = 0.0;
        for (int j = 0; j < DIM; j++) {
            sum += y[j];
        }
        return !Double.isNaN(sum) && !Double.isInfinite(sum);
    }

    NumericalInstabilityException instability(int i, long step, double[] y, double stepSize) {
        String what = Double.isNaN(stepSize) && finite(y)
                ? "cannot be integrated: the adaptive step size collapsed (more than " + Rkf45Stepper.MAX_ATTEMPTS + " RKF45 attempts in one step)"
                : "became non-finite";
        return new NumericalInstabilityException(String.format(java.util.Locale.ROOT,
                "%s: state of neuron %d (population index) %s at t = %s ms (step %d): "
                        + "V_m=%s, Act_m=%s, Inact_h=%s, Act_n=%s, Inact_p=%s, dI_ex=%s, I_syn_ex=%s, dI_in=%s, I_syn_in=%s",
                MODEL, i, what, (float) (step * resolution), step, y[0], y[1], y[2], y[3], y[4], y[5], y[6], y[7], y[8]), i);
    }
}
