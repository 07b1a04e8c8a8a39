package org.syncytium.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.core.fixtures.Fixtures;

class KernelSettingsTest {
    @Test
    void nestDefaults() {
        try (Simulator sim = Fixtures.simulator()) {
            Map<String, Object> status = sim.getKernelStatus();
            assertEquals(0.1, status.get("resolution"));
            assertEquals(143202461L, status.get("rng_seed"));
            assertEquals(1L, status.get("total_num_virtual_procs"));
            assertEquals(1L, status.get("local_num_threads"));
            assertEquals(false, status.get("print_time"));
            assertEquals(true, status.get("use_wfr"));
            assertEquals("wfr", status.get("coupling_solver"));
            assertEquals(1.0, status.get("wfr_comm_interval"));
            assertEquals(1e-4, status.get("wfr_tol"));
            assertEquals(15L, status.get("wfr_max_iterations"));
            assertEquals(3L, status.get("wfr_interpolation_order"));
            assertEquals(0.0, status.get("biological_time"));
            assertEquals(0L, status.get("num_connections"));
            assertEquals(1.0, status.get("min_delay"));
            assertEquals(1.0, status.get("max_delay"));
            assertEquals(1000.0, status.get("tics_per_ms"));
            assertEquals(0.001, status.get("ms_per_tic"));
            assertEquals(100L, status.get("tics_per_step"));
            assertEquals("xoshiro256++", status.get("rng_type"));
            assertEquals(java.util.List.of("xoshiro256++"), status.get("rng_types"));
            assertEquals(true, status.get("use_compressed_spikes"));
            sim.setKernelStatus(Map.of("use_compressed_spikes", false));
            assertEquals(false, sim.getKernelStatus("use_compressed_spikes"));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("use_compressed_spikes", 3)));
        }
    }

    @Test
    void theResolutionIsAWholeNumberOfTicsAndTheTicChangesOnlyWithIt() {
        try (Simulator sim = Fixtures.simulator()) {
            String below = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("resolution", 0.0005))).getMessage();
            assertTrue(below.contains("at least one tic (0.001 ms"), below);
            String between = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("resolution", 0.0125))).getMessage();
            assertTrue(between.contains("whole number of tics of 0.001 ms"), between);
            String alone = assertThrows(KernelException.class,
                    () -> sim.setKernelStatus(Map.of("tics_per_ms", 32))).getMessage();
            assertTrue(alone.contains("together with resolution"), alone);
            assertEquals(1000.0, sim.getKernelStatus("tics_per_ms"));
            // NEST's artificial_synchrony example: a step of 2^-5 ms on a tic of 2^-5 ms
            sim.setKernelStatus(Map.of("tics_per_ms", 32, "resolution", 0.03125));
            assertEquals(32.0, sim.getKernelStatus("tics_per_ms"));
            assertEquals(0.03125, sim.getKernelStatus("ms_per_tic"));
            assertEquals(1L, sim.getKernelStatus("tics_per_step"));
            // from then on a resolution is checked against the new tic
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("resolution", 0.05)));
            sim.setKernelStatus(Map.of("resolution", 0.0625));
            assertEquals(2L, sim.getKernelStatus("tics_per_step"));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("ms_per_tic", 0.5)));
        }
    }

    @Test
    void rngTypeIsTheKernelsOwnGenerator() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("rng_type", "xoshiro256++"));
            String message = assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("rng_type", "mt19937_64"))).getMessage();
            assertTrue(message.contains("rng_type = \"mt19937_64\" is not a known RNG type; rng_types: [xoshiro256++]"), message);
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("rng_types", java.util.List.of())));
        }
    }

    @Test
    void unknownAndReadOnlyKeys() {
        try (Simulator sim = Fixtures.simulator()) {
            String message = assertThrows(UnknownNameException.class,
                    () -> sim.setKernelStatus(Map.of("resolutoin", 0.05))).getMessage();
            assertTrue(message.contains("kernel setting \"resolutoin\"; did you mean \"resolution\""), message);
            assertThrows(UnknownNameException.class, () -> sim.getKernelStatus("wfr_toll"));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("biological_time", 3.0)));
        }
    }

    @Test
    void aCallIsAllOrNothing() {
        try (Simulator sim = Fixtures.simulator()) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("rng_seed", 5);
            changes.put("print_time", "yes");
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(changes));
            assertEquals(143202461L, sim.getKernelStatus("rng_seed"));
            Map<String, Object> solver = new LinkedHashMap<>();
            solver.put("wfr_tol", 1e-6);
            solver.put("wfr_interpolation_order", 2);
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(solver));
            assertEquals(1e-4, sim.getKernelStatus("wfr_tol"));
        }
    }

    @Test
    void valueRules() {
        try (Simulator sim = Fixtures.simulator()) {
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("rng_seed", 0)));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("rng_seed", 1L << 32)));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("resolution", -0.1)));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("local_num_threads", 0)));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("local_num_threads", 1.5)));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("data_path", "/no/such/dir")));
            assertThrows(BadPropertyException.class, () -> sim.setKernelStatus(Map.of("data_prefix", "a/b")));
            // the solver checks against the resolution of the same call
            assertThrows(KernelException.class,
                    () -> sim.setKernelStatus(Map.of("wfr_comm_interval", 0.05, "resolution", 0.1)));
            assertThrows(BadPropertyException.class,
                    () -> sim.setKernelStatus(Map.of("local_num_threads", 2, "total_num_virtual_procs", 4)));
            sim.setKernelStatus(Map.of("rng_seed", 4294967295L, "total_num_virtual_procs", 4, "resolution", 0.05));
            assertEquals(4L, sim.getKernelStatus("total_num_virtual_procs"));
            assertEquals(1L, sim.getKernelStatus("local_num_threads"), "one core: one thread runs the 4 VPs");
            assertEquals(0.05, sim.getKernelStatus("resolution"));
        }
    }

    @Test
    void threadsThatRunAreReportedApartFromVirtualProcesses() {
        try (Simulator sim = Fixtures.simulator(2)) {
            sim.setKernelStatus(Map.of("total_num_virtual_procs", 8));
            assertEquals(8L, sim.getKernelStatus("total_num_virtual_procs"));
            assertEquals(2L, sim.getKernelStatus("local_num_threads"));
            sim.setKernelStatus(Map.of("local_num_threads", 1)); // NEST's single-process meaning: 1 VP
            assertEquals(1L, sim.getKernelStatus("total_num_virtual_procs"));
            assertEquals(1L, sim.getKernelStatus("local_num_threads"));
        }
    }

    @Test
    void resolutionCanBeSetWithTheSeed() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("rng_seed", 4294967295L, "resolution", 0.05));
            assertEquals(0.05, sim.getKernelStatus("resolution"));
        }
    }

    @Test
    void resolutionIsFixedOnceTimeHasPassed() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.simulate(1.0);
            assertThrows(KernelException.class, () -> sim.setKernelStatus(Map.of("resolution", 0.05)));
            assertEquals(1.0, (Double) sim.getKernelStatus("biological_time"), 1e-12);
        }
    }

    @Test
    void withoutWfrTheCommIntervalFollowsTheResolutionAsInNest() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("use_wfr", true, "wfr_comm_interval", 0.5));
            sim.setKernelStatus(Map.of("resolution", 0.1, "use_wfr", false));
            assertEquals(0.1, sim.getKernelStatus("wfr_comm_interval"));
            sim.setKernelStatus(Map.of("resolution", 0.2));
            assertEquals(0.2, sim.getKernelStatus("wfr_comm_interval"));
            sim.setKernelStatus(Map.of("use_wfr", true, "wfr_comm_interval", 2.0));
            sim.setKernelStatus(Map.of("resolution", 0.1));
            assertEquals(2.0, sim.getKernelStatus("wfr_comm_interval"));
            sim.setKernelStatus(Map.of("wfr_comm_interval", 0.1));
            sim.setKernelStatus(Map.of("resolution", 0.25));
            assertEquals(0.25, sim.getKernelStatus("wfr_comm_interval"));
        }
    }

    @Test
    void resolutionAndUseWfrOnlyBeforeNodesButSolverSwapsAnyTime() {
        try (Simulator sim = Fixtures.simulator()) {
            sim.setKernelStatus(Map.of("use_wfr", false));
            assertEquals("stepwise", sim.getKernelStatus("coupling_solver"));
            assertEquals(false, sim.getKernelStatus("use_wfr"));
            sim.setKernelStatus(Map.of("use_wfr", true));
            sim.create("test_gap", 1);
            KernelException wfr = assertThrows(KernelException.class,
                    () -> sim.setKernelStatus(Map.of("use_wfr", false)));
            assertTrue(wfr.getMessage().contains("before nodes have been created"), wfr.getMessage());
            assertThrows(KernelException.class, () -> sim.setKernelStatus(Map.of("resolution", 0.05)));
            sim.setKernelStatus(Map.of("resolution", 0.1));
            sim.setKernelStatus(Map.of("coupling_solver", "stepwise"));
            assertEquals(false, sim.getKernelStatus("use_wfr"));
            String unknown = assertThrows(UnknownNameException.class,
                    () -> sim.setKernelStatus(Map.of("coupling_solver", "wrf"))).getMessage();
            assertTrue(unknown.contains("did you mean \"wfr\""), unknown);
        }
    }
}
