package org.syncytium.plugins.wfr;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.ParameterSpec;

/** The kernel settings of the wfr solver and NEST's rules for them (reference 2.1, 6.4). */
class WfrSolverSettingsTest {

    private final WfrSolver solver = new WfrSolver();

    @Test
    void schemaHasNestNamesUnitsAndDefaults() {
        assertEquals("wfr", solver.name());
        assertEquals(List.of("wfr_comm_interval", "wfr_tol", "wfr_max_iterations", "wfr_interpolation_order",
                "wfr_skip_tol"), List.copyOf(solver.parameters().names()));
        ParameterSpec interval = solver.parameters().require("wfr", "wfr_comm_interval");
        assertEquals(1.0, interval.defaultValue());
        assertEquals("ms", interval.unit());
        assertEquals("mV", solver.parameters().require("wfr", "wfr_tol").unit());
        assertEquals(1e-4, solver.parameters().require("wfr", "wfr_tol").defaultValue());
        assertEquals(15L, solver.parameters().require("wfr", "wfr_max_iterations").defaultValue());
        assertEquals(3L, solver.parameters().require("wfr", "wfr_interpolation_order").defaultValue());
        // work skipping is off unless asked for
        assertEquals(0.0, solver.parameters().require("wfr", "wfr_skip_tol").defaultValue());
        assertEquals("mV", solver.parameters().require("wfr", "wfr_skip_tol").unit());
    }

    @Test
    void skipToleranceMustBeFiniteAndNotNegative() {
        MapSettings settings = new MapSettings();
        assertDoesNotThrow(() -> solver.validate("wfr_skip_tol", 0.0, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_skip_tol", 1e-6, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_skip_tol", -1e-6, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_skip_tol", Double.NaN, settings));
        assertThrows(BadPropertyException.class,
                () -> solver.validate("wfr_skip_tol", Double.POSITIVE_INFINITY, settings));
    }

    @Test
    void intervalAndOrderComeFromTheSettings() {
        MapSettings settings = new MapSettings();
        assertEquals(1.0, solver.communicationInterval(settings));
        assertEquals(3, solver.interpolationOrder(settings));
        settings.with("wfr_comm_interval", 2.0).with("wfr_interpolation_order", 1L);
        assertEquals(2.0, solver.communicationInterval(settings));
        assertEquals(1, solver.interpolationOrder(settings));
    }

    @Test
    void orderMustBeZeroOneOrThree() {
        MapSettings settings = new MapSettings();
        for (Object ok : List.of(0, 1, 3, 3L, 1.0)) {
            assertDoesNotThrow(() -> solver.validate("wfr_interpolation_order", ok, settings), "value " + ok);
        }
        for (Object bad : List.of(2, 4, -1, 5L)) {
            BadPropertyException e = assertThrows(BadPropertyException.class,
                    () -> solver.validate("wfr_interpolation_order", bad, settings));
            assertEquals("wfr_interpolation_order", e.parameter());
        }
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_interpolation_order", 1.5, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_interpolation_order", "3", settings));
    }

    @Test
    void toleranceMustNotBeNegative() {
        MapSettings settings = new MapSettings();
        assertDoesNotThrow(() -> solver.validate("wfr_tol", 0.0, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_tol", 1e-6, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_tol", -1e-4, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_tol", Double.NaN, settings));
    }

    @Test
    void maxIterationsMustBePositive() {
        MapSettings settings = new MapSettings();
        assertDoesNotThrow(() -> solver.validate("wfr_max_iterations", 1, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_max_iterations", 0, settings));
        assertThrows(BadPropertyException.class, () -> solver.validate("wfr_max_iterations", -3, settings));
    }

    @Test
    void commIntervalMayNotBeShorterThanAStep() {
        MapSettings settings = new MapSettings();
        settings.resolution = 0.1;
        assertThrows(KernelException.class, () -> solver.validate("wfr_comm_interval", 0.05, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_comm_interval", 0.1, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_comm_interval", 0.3, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_comm_interval", 2, settings));
    }

    @Test
    void commIntervalCannotBeSetWithoutWfr() {
        MapSettings settings = new MapSettings().with("use_wfr", false);
        assertThrows(KernelException.class, () -> solver.validate("wfr_comm_interval", 0.5, settings));
        settings.with("use_wfr", true);
        assertDoesNotThrow(() -> solver.validate("wfr_comm_interval", 0.5, settings));
    }

    @Test
    void intervalIsNeverShorterThanAStep() {
        MapSettings settings = new MapSettings().with("wfr_comm_interval", 1.0);
        settings.resolution = 2.0;
        assertEquals(2.0, solver.communicationInterval(settings));
    }

    @Test
    void commIntervalIsFrozenOnceConnectionsExist() {
        MapSettings settings = new MapSettings();
        settings.nodes = true;
        assertDoesNotThrow(() -> solver.validate("wfr_comm_interval", 0.5, settings));
        settings.connections = true;
        KernelException e = assertThrows(KernelException.class,
                () -> solver.validate("wfr_comm_interval", 0.5, settings));
        assertTrue(e.getMessage().contains("wfr_comm_interval"), e.getMessage());
        // The other settings stay changeable between simulate calls, as in NEST.
        assertDoesNotThrow(() -> solver.validate("wfr_tol", 1e-6, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_interpolation_order", 0, settings));
        assertDoesNotThrow(() -> solver.validate("wfr_max_iterations", 3, settings));
    }

    @Test
    void unknownSettingSuggestsTheNearestName() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> solver.validate("wfr_tolerance", 1e-4, new MapSettings()));
        assertTrue(e.getMessage().contains("wfr_tol"), e.getMessage());
    }
}
