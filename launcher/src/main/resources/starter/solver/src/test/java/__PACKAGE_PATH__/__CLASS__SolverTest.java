package __PACKAGE__;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeCouplingSlice;
import org.syncytium.testkit.FakeSolverSettings;

class __CLASS__SolverTest {

    private final __CLASS__Solver solver = new __CLASS__Solver();

    @Test
    void iteratesAFixedNumberOfTimesThenOneFinalPass() {
        FakeSolverSettings settings = new FakeSolverSettings(solver, 0.1).set(__CLASS__Solver.ITERATIONS, 2);
        FakeCouplingSlice slice = new FakeCouplingSlice(true, 1);
        assertEquals(2, solver.advance(slice, settings));
        assertEquals(List.of("trial", "exchange", "trial", "exchange", "final"), slice.calls());
    }

    @Test
    void withoutGapJunctionsOnlyTheFinalPassRuns() {
        FakeCouplingSlice slice = new FakeCouplingSlice(false, 1);
        assertEquals(0, solver.advance(slice, new FakeSolverSettings(solver, 0.1)));
        assertEquals(1, slice.finalPasses());
    }

    @Test
    void settingsAreChecked() {
        FakeSolverSettings settings = new FakeSolverSettings(solver, 0.1);
        assertThrows(BadPropertyException.class, () -> settings.set(__CLASS__Solver.ITERATIONS, 0));
        assertThrows(BadPropertyException.class, () -> settings.set(__CLASS__Solver.INTERVAL, 0.05));
        assertEquals(1.0, solver.communicationInterval(settings));
    }
}
