package org.syncytium.plugins.wfr;

import java.util.List;

import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * Names, defaults and the schema of the kernel settings the {@code wfr} solver owns. The names and
 * defaults are NEST's (Hahne et al. 2015 recommend them), so PyNEST scripts carry over unchanged.
 */
final class WfrSettings {

    /** Longest communication interval in ms; enters min_delay like a delay. */
    static final String COMM_INTERVAL = "wfr_comm_interval";
    /** Largest change of V in mV between two trial passes that counts as converged. */
    static final String TOL = "wfr_tol";
    /** Upper bound on trial passes per slice. */
    static final String MAX_ITERATIONS = "wfr_max_iterations";
    /** Order (0, 1 or 3) of the waveform polynomial per step. */
    static final String INTERPOLATION_ORDER = "wfr_interpolation_order";

    /**
     * WFR work skipping (not NEST's; 0 = off, NEST's scheme bit for bit): from the second trial pass
     * of an interval, a neuron whose gap input (the conductance-weighted change of its partners'
     * voltage waveforms) changed by at most this many mV since it was last integrated keeps its
     * previous waveform instead of being integrated again.
     */
    static final String SKIP_TOL = "wfr_skip_tol";

    static final double DEFAULT_COMM_INTERVAL_MS = 1.0;
    static final double DEFAULT_TOL_MV = 1e-4;
    static final long DEFAULT_MAX_ITERATIONS = 15;
    static final long DEFAULT_INTERPOLATION_ORDER = 3;
    static final double DEFAULT_SKIP_TOL_MV = 0.0;

    /** The orders NEST's gap-junction neurons implement: start value held, linear, cubic Hermite. */
    static final List<Long> ALLOWED_ORDERS = List.of(0L, 1L, 3L);

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real(COMM_INTERVAL, DEFAULT_COMM_INTERVAL_MS, "ms",
                    "longest interval between two exchanges of spikes and waveforms; >= resolution,"
                            + " settable only before any connection exists"),
            ParameterSpec.real(TOL, DEFAULT_TOL_MV, "mV",
                    "convergence: largest change of V at any step end between two iterations; >= 0"),
            ParameterSpec.integer(MAX_ITERATIONS, DEFAULT_MAX_ITERATIONS, "",
                    "iterations per interval before giving up with a warning; > 0"),
            ParameterSpec.integer(INTERPOLATION_ORDER, DEFAULT_INTERPOLATION_ORDER, "",
                    "order of the per-step waveform polynomial: 0, 1 or 3"),
            ParameterSpec.real(SKIP_TOL, DEFAULT_SKIP_TOL_MV, "mV",
                    "work skipping (not in NEST): a trial pass does not re-integrate a neuron whose gap input"
                            + " changed by at most this since it was last integrated; 0 = off (exact); >= 0,"
                            + " far below wfr_tol"));

    private WfrSettings() {
    }
}
