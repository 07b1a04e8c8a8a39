package org.syncytium.api.coupling;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/**
 * How a slice is advanced when neurons are coupled without delay: {@code wfr} (waveform relaxation,
 * NEST's {@code use_wfr=True}) or {@code stepwise} (exchange every step, {@code use_wfr=False}).
 * The kernel setting {@code coupling_solver} selects one by name, also between two simulate calls.
 * {@link #parameters()} are kernel settings (e.g. {@code wfr_tol}) that users set with
 * {@code SetKernelStatus}.
 */
@ConsumerType
public interface CouplingSolver extends Extension {

    /**
     * The longest slice this solver accepts in ms; it enters {@code min_delay} as NEST's
     * {@code wfr_comm_interval} does (stepwise: the resolution).
     */
    double communicationInterval(SolverSettings settings);

    /** Order (0, 1 or 3) of the waveform polynomials neurons publish in trial passes. */
    int interpolationOrder(SolverSettings settings);

    /**
     * Checks a new value of one of this solver's settings in the current kernel state.
     *
     * @throws org.syncytium.api.error.BadPropertyException for a value out of range
     * @throws org.syncytium.api.error.KernelException if it may not be changed now
     */
    void validate(String name, Object value, SolverSettings current);

    /**
     * Advances one slice; must end with exactly one {@link CouplingSlice#finalPass()}.
     *
     * @return the number of trial passes used (0 for solvers that do not iterate)
     */
    int advance(CouplingSlice slice, SolverSettings settings);

    /**
     * A boolean kernel setting that selects this solver, and the value that does (NEST's
     * {@code use_wfr}: {@code wfr} answers {@code "use_wfr"} and true, {@code stepwise}
     * {@code "use_wfr"} and false). Setting the switch selects the solver answering its value;
     * reading it tells whether the selected solver does. Empty for none.
     *
     * @since 1.1
     */
    default String switchName() {
        return "";
    }

    /** The value of {@link #switchName()} that selects this solver. @since 1.1 */
    default boolean switchValue() {
        return true;
    }

    /**
     * This solver's settings after the resolution changed to {@code resolution} ms or the selected
     * solver changed (NEST ties {@code wfr_comm_interval} to the resolution while WFR is off).
     *
     * @param selected true if this solver is the one selected after the change
     * @param current  the staged settings
     * @return settings to change (name to new value); empty for none
     * @since 1.1
     */
    default Map<String, Object> followResolution(double resolution, boolean selected,
            SolverSettings current) {
        return Map.of();
    }

    /**
     * Prefix of the read-only kernel status entries with this solver's iteration statistics
     * ({@code <prefix>_iterations_mean}, {@code _iterations_max}, {@code _iterations_histogram},
     * {@code _max_iterations_reached}); empty if it does not iterate.
     *
     * @since 1.1
     */
    default String statisticsPrefix() {
        return "";
    }
}
