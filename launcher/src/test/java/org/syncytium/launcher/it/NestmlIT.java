package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.error.SyncytiumException;
import org.syncytium.api.load.ModelFileLoader;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.launcher.felix.EmbeddedFramework;

/**
 * NESTML files loaded, replaced and removed in a running framework through the nestml plugin's
 * ModelFileLoader service, with bad files reported in one line while the framework stays usable.
 */
class NestmlIT {

    private static final Path EXAMPLES = Path.of("../examples/nestml").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    private static final String LIF = String.join("\n",
            "model lif_it:",
            "    state:",
            "        V_m mV = E_L",
            "    equations:",
            "        V_m' = -(V_m - E_L) / tau_m + (I_e + I_stim) / C_m",
            "    parameters:",
            "        E_L mV = -70 mV",
            "        tau_m ms = 10 ms [[tau_m > 0 ms]]",
            "        C_m pF = 250 pF",
            "        I_e pA = 0 pA",
            "        V_th mV = -55 mV",
            "    input:",
            "        I_stim pA <- continuous",
            "    output:",
            "        spike",
            "    update:",
            "        integrate_odes()",
            "    onCondition(V_m >= V_th):",
            "        V_m = E_L",
            "        emit_spike()",
            "");

    @Test
    void loadReplaceAndRemoveWhileRunning() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            ModelFileLoader loader = loader(framework);
            Path file = folder.resolve("lif.nestml");
            Files.writeString(file, LIF);

            assertEquals(List.of("lif_it"), loader.load(file));
            assertTrue(models(factory).contains("lif_it"));
            try (Simulator sim = factory.newSimulator()) {
                NodeCollection n = sim.create("lif_it", 1, Map.of("I_e", 500.0));
                sim.simulate(50.0);
                assertEquals(-70.0, n.getValues("E_L")[0], 0.0);
                // a declared constraint is checked when a parameter is set
                SyncytiumException bad = assertThrows(SyncytiumException.class, () -> n.set("tau_m", -1.0));
                assertTrue(bad.getMessage().contains("tau_m > 0 ms"), bad.getMessage());
            }

            // replace: a new default reaches new simulators
            Files.writeString(file, LIF.replace("E_L mV = -70 mV", "E_L mV = -60 mV"));
            assertEquals(List.of("lif_it"), loader.load(file));
            try (Simulator sim = factory.newSimulator()) {
                NodeCollection n = sim.create("lif_it", 1);
                assertEquals(-60.0, n.getValues("E_L")[0], 0.0);
            }

            // a bad file: one line with file:line, nothing changes, the framework stays usable
            Files.writeString(file, LIF.replace("(I_e + I_stim) / C_m", "I_e"));
            SyncytiumException e = assertThrows(SyncytiumException.class, () -> loader.load(file));
            assertTrue(e.getMessage().startsWith(file + ":5: unit mismatch"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertTrue(models(factory).contains("lif_it"), "the previous version stays");

            // a name an installed model has
            Path clash = folder.resolve("clash.nestml");
            Files.writeString(clash, LIF.replace("model lif_it:", "model hh_psc_alpha_gap:"));
            SyncytiumException collision = assertThrows(SyncytiumException.class, () -> loader.load(clash));
            assertTrue(collision.getMessage().contains(clash + ":1: model name hh_psc_alpha_gap collides"), collision.getMessage());

            // remove
            assertEquals(List.of("lif_it"), loader.unload(file));
            waitFor(() -> !models(factory).contains("lif_it"));
            try (Simulator sim = factory.newSimulator()) {
                assertThrows(SyncytiumException.class, () -> sim.create("lif_it", 1));
                sim.create("hh_psc_alpha_gap", 1);
            }
        }
    }

    @Test
    void theNestmlHhModelRunsWithGapJunctionsInTheFramework() {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            ModelFileLoader loader = loader(framework);
            assertEquals(List.of("hh_psc_alpha_gap_nestml"), loader.load(EXAMPLES.resolve("hh_psc_alpha_gap.nestml")));
            double[] vNestml = pair(factory, "hh_psc_alpha_gap_nestml");
            double[] vHand = pair(factory, "hh_psc_alpha_gap");
            assertEquals(vHand[0], vNestml[0], 0.0);
            assertEquals(vHand[1], vNestml[1], 0.0);
        }
    }

    private static final String NOISY = String.join("\n",
            "model noisy_it:",
            "    state:",
            "        x real = 0",
            "        V_m mV = 0 mV",
            "    equations:",
            "        V_m' = -V_m / tau",
            "    parameters:",
            "        tau ms = 10 ms",
            "    update:",
            "        integrate_odes()",
            "        x = random_normal(0, 1)",
            "        V_m += random_uniform(0 mV, 1 mV)",
            "");

    /**
     * random_normal/random_uniform draw from the kernel's streams: the same rng_seed gives the same
     * numbers (also with another thread split), another seed other numbers, and every neuron its
     * own stream, keyed by its node id rather than its index in a population.
     */
    @Test
    void nestmlRandomNumbersFollowTheKernelSeed() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            Path file = folder.resolve("noisy.nestml");
            Files.writeString(file, NOISY);
            assertEquals(List.of("noisy_it"), loader(framework).load(file));

            double[] seed1 = noisy(factory, 1L, 1L);
            assertArrayEquals(seed1, noisy(factory, 1L, 1L), 0.0, "same seed, same draws");
            assertArrayEquals(seed1, noisy(factory, 1L, 2L), 0.0, "the thread split does not show");
            double[] seed2 = noisy(factory, 2L, 1L);
            for (int i = 0; i < seed1.length; i++) {
                assertNotEquals(seed1[i], seed2[i], "another seed, other draws (value " + i + ")");
            }
            // the second population's first neuron (node 5) has its own stream, not the first's (node 1)
            assertNotEquals(seed1[0], seed1[5]);
            assertNotEquals(seed1[1], seed1[6]);
        }
    }

    /** x and V_m of two populations of 5 noisy neurons after 3 ms: x of all ten, then V_m of all ten. */
    private static double[] noisy(SimulatorFactory factory, long seed, long threads) {
        try (Simulator sim = factory.newSimulator()) {
            sim.setKernelStatus(Map.of("rng_seed", seed, "local_num_threads", threads));
            NodeCollection a = sim.create("noisy_it", 5);
            NodeCollection b = sim.create("noisy_it", 5);
            sim.simulate(3.0);
            double[] values = new double[20];
            System.arraycopy(a.getValues("x"), 0, values, 0, 5);
            System.arraycopy(b.getValues("x"), 0, values, 5, 5);
            System.arraycopy(a.getValues("V_m"), 0, values, 10, 5);
            System.arraycopy(b.getValues("V_m"), 0, values, 15, 5);
            return values;
        }
    }

    /** NEST's reference pair (6.1): V_m of both neurons after 20 ms. */
    private static double[] pair(SimulatorFactory factory, String model) {
        try (Simulator sim = factory.newSimulator()) {
            sim.setKernelStatus(Map.of("resolution", 0.1, "wfr_tol", 1e-4, "wfr_max_iterations", 10L));
            NodeCollection n = sim.create(model, 2);
            if (model.equals("hh_psc_alpha_gap")) {
                // NEST's arithmetic, which the generated code follows (rkf45_simd multiplies by reciprocals)
                n.set("integrator", "rkf45");
            }
            n.slice(0, 1).set("I_e", 200.0);
            sim.connect(n.slice(0, 1), n.slice(1, 2), Map.of("rule", "one_to_one", "make_symmetric", true),
                    Map.of("synapse_model", "gap_junction", "weight", 20.0));
            sim.simulate(20.0);
            return n.getValues("V_m");
        }
    }

    private static ModelFileLoader loader(EmbeddedFramework framework) {
        var context = framework.framework().getBundleContext();
        ServiceReference<ModelFileLoader> ref = context.getServiceReference(ModelFileLoader.class);
        assertTrue(ref != null, "the nestml plugin offers a ModelFileLoader");
        return context.getService(ref);
    }

    private static List<String> models(SimulatorFactory factory) {
        return factory.catalog().installed(NeuronModel.class).stream().map(NeuronModel::name).toList();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean());
    }
}
