package org.syncytium.core.plan;

import org.syncytium.api.coupling.CouplingSolver;

/**
 * The run's clock: step h in ms, slice length D in steps (the global min_delay), the order K of
 * the waveform polynomials, and the coupling solver if any neuron has a gap junction on any rank.
 *
 * @param resolution h in ms
 * @param sliceSteps D, steps per slice
 * @param order      K (0, 1 or 3); 0 without gap junctions
 * @param gapCoupled true if any process has a gap junction (so every process joins the exchanges)
 * @param solver     the coupling solver; null without gap junctions
 */
public record Timing(double resolution, int sliceSteps, int order, boolean gapCoupled, CouplingSolver solver) {

    /** The solver's name for messages; empty without one. */
    public String solverName() {
        return solver == null ? "" : solver.name();
    }
}
