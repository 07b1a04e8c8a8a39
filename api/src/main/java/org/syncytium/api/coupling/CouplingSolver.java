package org.syncytium.api.coupling;

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
}
