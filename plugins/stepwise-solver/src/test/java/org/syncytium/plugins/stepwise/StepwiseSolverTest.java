package org.syncytium.plugins.stepwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.api.error.UnknownNameException;

/** The stepwise solver: one step per slice, one final pass, no iteration, no settings. */
class StepwiseSolverTest {

    private final StepwiseSolver solver = new StepwiseSolver();

    /** Records the calls a solver makes. */
    private static final class RecordingSlice implements CouplingSlice {
        final List<String> calls = new ArrayList<>();
        private final boolean gapCoupled;

        RecordingSlice(boolean gapCoupled) {
            this.gapCoupled = gapCoupled;
        }

        @Override
        public double startMs() {
            return 0.0;
        }

        @Override
        public double endMs() {
            return 0.1;
        }

        @Override
        public boolean gapCoupled() {
            return gapCoupled;
        }

        @Override
        public boolean trialPass(double tolerance) {
            calls.add("trial");
            return true;
        }

        @Override
        public void exchange() {
            calls.add("exchange");
        }

        @Override
        public void finalPass() {
            calls.add("final");
        }

        @Override
        public void warn(String message) {
            calls.add("warn");
        }
    }

    private static SolverSettings settings(double resolution) {
        return new SolverSettings() {
            @Override
            public double resolution() {
                return resolution;
            }

            @Override
            public Object get(String name) {
                return null;
            }

            @Override
            public boolean nodesExist() {
                return true;
            }

            @Override
            public boolean connectionsExist() {
                return true;
            }
        };
    }

    @Test
    void advanceIsExactlyOneFinalPassWithOrWithoutGapJunctions() {
        for (boolean gap : new boolean[] {true, false}) {
            RecordingSlice slice = new RecordingSlice(gap);
            assertEquals(0, solver.advance(slice, settings(0.1)));
            assertEquals(List.of("final"), slice.calls);
        }
    }

    @Test
    void intervalIsOneStepAndOrderZero() {
        assertEquals(0.1, solver.communicationInterval(settings(0.1)));
        assertEquals(0.05, solver.communicationInterval(settings(0.05)));
        assertEquals(0, solver.interpolationOrder(settings(0.1)));
    }

    @Test
    void hasNoSettings() {
        assertEquals("stepwise", solver.name());
        assertTrue(solver.parameters().names().isEmpty());
        assertThrows(UnknownNameException.class, () -> solver.validate("wfr_tol", 1e-4, settings(0.1)));
    }
}
