package org.syncytium.plugins.wfr;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * Jacobi waveform relaxation (Hahne et al. 2015), NEST's {@code use_wfr=True}: within a slice every
 * gap-coupled neuron repeatedly integrates the whole slice against its partners' waveforms from the
 * previous iteration, until no membrane potential at any step end moves by more than
 * {@code wfr_tol} mV between two iterations (or {@code wfr_max_iterations} is reached). Then the
 * real update runs once with the last exchanged waveforms.
 *
 * <p>Stateless: one instance serves any number of kernels and threads.
 */
@Component(service = CouplingSolver.class)
public class WfrSolver implements CouplingSolver {

    /** The name users select with {@code coupling_solver}. */
    public static final String NAME = "wfr";

    /** The kernel's switch between this solver and {@code stepwise}, readable through the settings. */
    private static final String USE_WFR = "use_wfr";

    /** The warning for a slice that did not converge; the kernel appends the slice's time range. */
    static final String MAX_ITERATIONS_WARNING = "Maximum number of iterations reached";

    /** Public no-arg constructor for Declarative Services and for class-path use. */
    public WfrSolver() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "waveform relaxation: iterate each interval until gap-coupled voltages converge"
                + " (NEST's use_wfr=True)";
    }

    @Override
    public ParameterSchema parameters() {
        return WfrSettings.SCHEMA;
    }

    /**
     * {@code wfr_comm_interval} in ms, but never less than one step: NEST raises the interval to
     * the resolution when a later resolution change makes it shorter than a step.
     */
    @Override
    public double communicationInterval(SolverSettings settings) {
        return Math.max(real(settings, WfrSettings.COMM_INTERVAL, WfrSettings.DEFAULT_COMM_INTERVAL_MS),
                settings.resolution());
    }

    /** {@code wfr_interpolation_order}: 0, 1 or 3. */
    @Override
    public int interpolationOrder(SolverSettings settings) {
        return (int) integer(settings, WfrSettings.INTERPOLATION_ORDER, WfrSettings.DEFAULT_INTERPOLATION_ORDER);
    }

    /**
     * NEST's rules (simulation_manager's set_status, test_wfr_settings): the interval may only be
     * set while use_wfr is true, may not be shorter than a step, and is frozen once connections
     * exist, because the delay extrema (and so min_delay) were computed with it; tolerance,
     * iteration bound and order are range checks and may change at any time.
     */
    @Override
    public void validate(String name, Object value, SolverSettings current) {
        ParameterSpec spec = WfrSettings.SCHEMA.require(NAME, name);
        Object converted = ParameterSchema.convert("kernel", spec, value);
        switch (name) {
            case WfrSettings.COMM_INTERVAL -> validateCommInterval((Double) converted, current);
            case WfrSettings.TOL -> {
                double tol = (Double) converted;
                if (!(tol >= 0.0)) {
                    throw new BadPropertyException("kernel", name, value, "must be >= 0 mV");
                }
            }
            case WfrSettings.SKIP_TOL -> {
                double bound = (Double) converted;
                if (!(bound >= 0.0) || Double.isInfinite(bound)) {
                    throw new BadPropertyException("kernel", name, value, "must be a finite number >= 0 mV (0 = off)");
                }
            }
            case WfrSettings.MAX_ITERATIONS -> {
                if ((Long) converted <= 0) {
                    throw new BadPropertyException("kernel", name, value, "must be > 0");
                }
            }
            case WfrSettings.INTERPOLATION_ORDER -> {
                if (!WfrSettings.ALLOWED_ORDERS.contains((Long) converted)) {
                    throw new BadPropertyException("kernel", name, value, "must be 0, 1 or 3");
                }
            }
            default -> throw new IllegalStateException("schema and validation disagree on " + name);
        }
    }

    private static void validateCommInterval(double interval, SolverSettings current) {
        // With use_wfr = False NEST ties the interval to the resolution; setting it is an error.
        if (Boolean.FALSE.equals(current.get(USE_WFR))) {
            throw new KernelException("kernel: wfr_comm_interval can only be set while use_wfr is true"
                    + " (coupling_solver \"wfr\"); without WFR the interval is the resolution");
        }
        if (current.connectionsExist()) {
            throw new KernelException("kernel: wfr_comm_interval can only be changed before connections"
                    + " are created (it enters min_delay); call setKernelStatus before connect");
        }
        double h = current.resolution();
        // Compare in steps with a rounding margin so that e.g. 0.3 ms at h = 0.1 ms is accepted.
        if (!(interval >= h * (1.0 - 1e-12))) {
            throw new KernelException("kernel: wfr_comm_interval = " + interval + " ms must be >= the resolution ("
                    + h + " ms)");
        }
    }

    /** {@code use_wfr = True} selects this solver. */
    @Override
    public String switchName() {
        return USE_WFR;
    }

    @Override
    public boolean switchValue() {
        return true;
    }

    /** The kernel status reports {@code wfr_iterations_mean} etc. */
    @Override
    public String statisticsPrefix() {
        return NAME;
    }

    /**
     * NEST's coupling of {@code wfr_comm_interval} to the resolution: while WFR is off the interval
     * is the resolution; while it is on, a resolution above the interval raises the interval to it.
     */
    @Override
    public Map<String, Object> followResolution(double resolution, boolean selected, SolverSettings current) {
        if (!selected) {
            return Map.of(WfrSettings.COMM_INTERVAL, resolution);
        }
        Object interval = current.get(WfrSettings.COMM_INTERVAL);
        if (interval instanceof Double value && value < resolution) {
            return Map.of(WfrSettings.COMM_INTERVAL, resolution);
        }
        return Map.of();
    }

    /**
     * NEST's waveform-relaxation loop (simulation_manager update_). Convergence is reported by the
     * trial pass before the exchange, so the final pass integrates with data one Jacobi sweep beyond
     * the last checked pass, exactly as NEST does. With {@code wfr_skip_tol} > 0 the trial passes may
     * skip neurons whose gap input did not change (see {@link CouplingSlice#trialPass(double, double)}).
     *
     * @return trial passes used (0 without gap junctions)
     */
    @Override
    public int advance(CouplingSlice slice, SolverSettings settings) {
        if (!slice.gapCoupled()) {
            slice.finalPass();
            return 0;
        }
        double tolerance = real(settings, WfrSettings.TOL, WfrSettings.DEFAULT_TOL_MV);
        long maxIterations = integer(settings, WfrSettings.MAX_ITERATIONS, WfrSettings.DEFAULT_MAX_ITERATIONS);
        double skipBound = real(settings, WfrSettings.SKIP_TOL, WfrSettings.DEFAULT_SKIP_TOL_MV);
        int passes = 0;
        boolean converged = false;
        while (passes < maxIterations) {
            // without skipping, the very call NEST's scheme always made (bit for bit the same)
            converged = skipBound > 0.0 ? slice.trialPass(tolerance, skipBound) : slice.trialPass(tolerance);
            passes++;
            slice.exchange();
            if (converged) {
                break;
            }
        }
        if (!converged) {
            // NEST: "Maximum number of iterations reached at interval t-t+D·h ms"; the kernel adds
            // the interval (CouplingSlice.warn) and time goes on with the last, unconverged data.
            slice.warn(MAX_ITERATIONS_WARNING);
        }
        slice.finalPass();
        return passes;
    }

    // The kernel stores every schema entry with its default; the fallback only covers a settings
    // view that has not been filled yet (e.g. a solver asked before the kernel registered it).
    private static double real(SolverSettings settings, String name, double fallback) {
        Object value = settings.get(name);
        return value instanceof Number number ? number.doubleValue() : fallback;
    }

    private static long integer(SolverSettings settings, String name, long fallback) {
        Object value = settings.get(name);
        return value instanceof Number number ? number.longValue() : fallback;
    }
}
