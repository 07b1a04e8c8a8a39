package org.syncytium.plugins.wfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The iteration loop of NEST's simulation_manager (reference 2.3), call by call. */
class WfrSolverLoopTest {

    private final WfrSolver solver = new WfrSolver();

    /** trial, exchange repeated n times, then final. */
    private static List<String> sequence(int trials, boolean warned) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            expected.add("trial");
            expected.add("exchange");
        }
        if (warned) {
            expected.add("warn");
        }
        expected.add("final");
        return expected;
    }

    @Test
    void withoutGapJunctionsOnlyTheFinalPassRuns() {
        RecordingSlice slice = new RecordingSlice(false, 1, 0.0, 1.0);
        assertEquals(0, solver.advance(slice, new MapSettings()));
        assertEquals(List.of("final"), slice.calls);
    }

    @Test
    void convergingAtPassKUsesKPassesAndExchangesAfterTheLastToo() {
        for (int k = 1; k <= 6; k++) {
            RecordingSlice slice = new RecordingSlice(true, k, 0.0, 1.0);
            int passes = solver.advance(slice, new MapSettings());
            assertEquals(k, passes, "passes for k=" + k);
            // The exchange after the converged pass is what the final pass integrates with.
            assertEquals(sequence(k, false), slice.calls, "calls for k=" + k);
            assertTrue(slice.warnings.isEmpty());
        }
    }

    @Test
    void neverConvergingRunsExactlyMaxPassesOneWarningOneFinalPass() {
        RecordingSlice slice = new RecordingSlice(true, 0, 11.6, 11.7);
        int passes = solver.advance(slice, new MapSettings().with(WfrSettings.MAX_ITERATIONS, 10L));
        assertEquals(10, passes);
        assertEquals(sequence(10, true), slice.calls);
        // The kernel appends " at interval 11.6-11.7 ms" (CouplingSlice.warn prints the slice's range).
        assertEquals(List.of("Maximum number of iterations reached"), slice.warnings);
    }

    @Test
    void convergingOnTheLastAllowedPassDoesNotWarn() {
        RecordingSlice slice = new RecordingSlice(true, 15, 0.0, 1.0);
        assertEquals(15, solver.advance(slice, new MapSettings()));
        assertEquals(sequence(15, false), slice.calls);
    }

    @Test
    void oneAllowedIterationWarnsEveryInterval() {
        // NEST's first pass of an interval never converges (last_y is zeroed), so max = 1 always warns.
        RecordingSlice slice = new RecordingSlice(true, 2, 0.0, 1.0);
        assertEquals(1, solver.advance(slice, new MapSettings().with(WfrSettings.MAX_ITERATIONS, 1L)));
        assertEquals(sequence(1, true), slice.calls);
    }

    @Test
    void passesTheToleranceSettingToEveryTrialPass() {
        RecordingSlice slice = new RecordingSlice(true, 3, 0.0, 1.0);
        solver.advance(slice, new MapSettings().with(WfrSettings.TOL, 2.5e-3));
        assertEquals(List.of(2.5e-3, 2.5e-3, 2.5e-3), slice.tolerances);
    }

    @Test
    void defaultsAreNests() {
        RecordingSlice slice = new RecordingSlice(true, 0, 0.0, 1.0);
        assertEquals(15, solver.advance(slice, new MapSettings()));
        assertEquals(1e-4, slice.tolerances.get(0));
    }

    @Test
    void withoutSkippingEveryPassIsNestsCallAndWithItEveryPassCarriesTheBound() {
        RecordingSlice exact = new RecordingSlice(true, 3, 0.0, 1.0);
        solver.advance(exact, new MapSettings());
        assertEquals(3, exact.skipBounds.size());
        assertTrue(exact.skipBounds.stream().allMatch(b -> b.isNaN()), "wfr_skip_tol 0 calls trialPass(tol)");

        RecordingSlice skipping = new RecordingSlice(true, 3, 0.0, 1.0);
        solver.advance(skipping, new MapSettings().with(WfrSettings.SKIP_TOL, 1e-6));
        assertEquals(List.of(1e-6, 1e-6, 1e-6), skipping.skipBounds);
        assertEquals(sequence(3, false), skipping.calls);
    }
}
