package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.syncytium.validation.Nest.dict;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;

/**
 * Reference sections 2.1 and 6.4 (NEST's test_wfr_settings.py): when the WFR kernel settings may be
 * set, how wfr_comm_interval follows the resolution, and the range checks; plus the
 * {@code coupling_solver} setting that names the solver plugin.
 */
class WfrSettingsTest {

    private Simulator sim;

    @BeforeEach
    void kernel() {
        sim = Syncytium.newSimulator();
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private double commInterval() {
        return ((Number) sim.getKernelStatus("wfr_comm_interval")).doubleValue();
    }

    @Test
    void defaultsAreNests() {
        assertEquals(true, sim.getKernelStatus("use_wfr"));
        assertEquals(1.0, commInterval());
        assertEquals(1e-4, ((Number) sim.getKernelStatus("wfr_tol")).doubleValue());
        assertEquals(15L, ((Number) sim.getKernelStatus("wfr_max_iterations")).longValue());
        assertEquals(3L, ((Number) sim.getKernelStatus("wfr_interpolation_order")).longValue());
        assertEquals("wfr", sim.getKernelStatus("coupling_solver"));
    }

    @Test
    void useWfrCanBeSwitchedOnAFreshKernelAndSelectsTheSolver() {
        sim.setKernelStatus(dict("use_wfr", false));
        assertEquals(false, sim.getKernelStatus("use_wfr"));
        assertEquals("stepwise", sim.getKernelStatus("coupling_solver"));
        sim.setKernelStatus(dict("use_wfr", true));
        assertEquals(true, sim.getKernelStatus("use_wfr"));
        assertEquals("wfr", sim.getKernelStatus("coupling_solver"));
    }

    @Test
    void useWfrIsFrozenOnceNodesExist() {
        sim.create("hh_psc_alpha_gap", 1);
        assertThrows(KernelException.class, () -> sim.setKernelStatus(dict("use_wfr", false)));
    }

    @Test
    void commIntervalBelowTheResolutionIsRejected() {
        assertThrows(KernelException.class,
                () -> sim.setKernelStatus(dict("resolution", 0.1, "wfr_comm_interval", 0.05)));
        sim.setKernelStatus(dict("resolution", 0.1));
        assertThrows(KernelException.class, () -> sim.setKernelStatus(dict("wfr_comm_interval", 0.05)));
        assertEquals(1.0, commInterval(), "a rejected setting changes nothing");
    }

    @Test
    void commIntervalCannotBeSetWithoutWfr() {
        assertThrows(KernelException.class,
                () -> sim.setKernelStatus(dict("use_wfr", false, "wfr_comm_interval", 0.5)));
    }

    @Test
    void withoutWfrTheCommIntervalFollowsTheResolution() {
        sim.setKernelStatus(dict("use_wfr", true, "wfr_comm_interval", 0.5));
        sim.setKernelStatus(dict("resolution", 0.1, "use_wfr", false));
        assertEquals(0.1, commInterval(), 1e-12);
        sim.setKernelStatus(dict("resolution", 0.2));
        assertEquals(0.2, commInterval(), 1e-12);
    }

    @Test
    void withWfrAResolutionChangeKeepsALongerCommInterval() {
        sim.setKernelStatus(dict("use_wfr", true, "wfr_comm_interval", 2.0));
        sim.setKernelStatus(dict("resolution", 0.1));
        assertEquals(2.0, commInterval(), 1e-12);
    }

    @Test
    void commIntervalIsFrozenOnceConnectionsExist() {
        NodeCollection neurons = sim.create("hh_psc_alpha_gap", 2);
        sim.setKernelStatus(dict("wfr_comm_interval", 0.5));
        sim.connect(neurons.slice(0, 1), neurons.slice(1, 2), dict("rule", "one_to_one", "make_symmetric", true),
                dict("synapse_model", "gap_junction", "weight", 1.0));
        assertThrows(KernelException.class, () -> sim.setKernelStatus(dict("wfr_comm_interval", 1.0)));
        assertEquals(0.5, commInterval(), 1e-12);
        // Tolerance, iteration bound and order stay changeable, also between simulate calls.
        sim.simulate(1.0);
        assertDoesNotThrow(() -> sim.setKernelStatus(dict("wfr_tol", 1e-6, "wfr_max_iterations", 20L,
                "wfr_interpolation_order", 1L)));
        assertEquals(1e-6, ((Number) sim.getKernelStatus("wfr_tol")).doubleValue());
        sim.simulate(1.0);
    }

    @Test
    void rangeChecks() {
        assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(dict("wfr_tol", -1e-4)));
        assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(dict("wfr_max_iterations", 0L)));
        assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(dict("wfr_interpolation_order", 2L)));
        assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(dict("wfr_interpolation_order", 4L)));
        assertDoesNotThrow(() -> sim.setKernelStatus(dict("wfr_tol", 0.0, "wfr_max_iterations", 1L,
                "wfr_interpolation_order", 0L)));
    }

    @Test
    void unknownSolverNameSuggestsAnInstalledOne() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> sim.setKernelStatus(dict("coupling_solver", "wrf")));
        System.out.println("[validation] 6.4 " + e.getMessage());
        assertEquals("wfr", sim.getKernelStatus("coupling_solver"));
    }
}
