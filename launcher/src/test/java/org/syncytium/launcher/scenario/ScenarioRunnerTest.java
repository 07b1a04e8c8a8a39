package org.syncytium.launcher.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.output.RunOutputs;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.transaction.OutputTransaction;

class ScenarioRunnerTest {

    private static final SimulatorFactory FACTORY = TestKernels.factory();

    @TempDir
    Path folder;

    private static RunResult run(Scenario scenario, Parameters parameters, RunOptions options) {
        try (Simulator simulator = FACTORY.newSimulator()) {
            return new ScenarioRunner(scenario, parameters, name -> !name.equals("synchrony_monitor")).run(simulator, options);
        }
    }

    private static RunResult run(Path file, String... sets) {
        Scenario scenario = Scenario.load(file);
        Parameters parameters = scenario.parameters();
        Arrays.stream(sets).forEach(parameters::set);
        return run(scenario, parameters, RunOptions.defaults());
    }

    @Test
    void singleNeuronExampleSpikesAsNest() {
        RunResult result = run(Path.of("..", "examples", "single_neuron.yaml"));
        double[] times = result.spikes().orElseThrow().events().times();
        // NEST 3.9, I_e = 200 pA, h = 0.05 ms (reference section 8.1)
        assertArrayEquals(new double[] {5.7, 18.8, 36.85, 60.3, 85.45, 110.8, 136.2, 161.6, 187.0}, times, 1e-9);
        Recorded vm = result.recorded().get(1);
        assertEquals("multimeter", vm.kind());
        assertEquals(2000, vm.events().size());
        assertEquals(Map.of("I_e", 200.0, "simtime", 200.0), result.parameters());
    }

    @Test
    void twoNeuronExampleSynchronisesAsNest() {
        RunResult result = run(Path.of("..", "examples", "gap_junctions_two_neurons.yaml"), "simtime=120");
        var events = result.spikes().orElseThrow().events();
        double[] times = events.times();
        long[] senders = events.senders();
        double[] first = new double[times.length];
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (senders[i] == 1) {
                first[n++] = times[i];
            }
        }
        assertArrayEquals(new double[] {0.2, 40.9, 111.3}, Arrays.copyOf(first, n), 1e-9);
    }

    @Test
    void recorderCreatedAndConnectedTheNestWayRecordsLikeARecordEntry() {
        String network = "kernel: {resolution: 0.05}\nnetwork:\n"
                + "  - create: {model: hh_psc_alpha_gap, n: 3, params: {I_e: 200.0}, as: neurons}\n"
                + "  - create: {model: spike_recorder, as: sr}\n"
                + "  - create: {model: multimeter, params: {record_from: [V_m], interval: 1.0}, as: mm}\n"
                + "  - connect: {pre: \"neurons[0:2]\", post: sr}\n"
                + "  - connect: {pre: mm, post: \"neurons[1]\"}\n";
        RunResult nestWay = run(ScenarioFiles.write(folder, "nest_way.yaml", network + "simulate: 40\n"));
        RunResult entry = run(ScenarioFiles.write(folder, "entry.yaml",
                "kernel: {resolution: 0.05}\nnetwork:\n"
                        + "  - create: {model: hh_psc_alpha_gap, n: 3, params: {I_e: 200.0}, as: neurons}\n"
                        + "record:\n  - spikes: {from: \"neurons[0:2]\"}\nsimulate: 40\n"));
        Recorded sr = nestWay.spikes().orElseThrow();
        assertEquals("sr", sr.name());
        assertEquals("sr.csv", sr.file());
        assertEquals(2, sr.observed());
        assertEquals(1, sr.firstObservedId());
        assertTrue(sr.events().size() >= 4, "neurons 1 and 2 spike at 5.7 and 18.8 ms");
        assertArrayEquals(entry.spikes().orElseThrow().events().times(), sr.events().times(), 0.0);
        assertArrayEquals(entry.spikes().orElseThrow().events().senders(), sr.events().senders());
        Recorded mm = nestWay.recorded().get(1);
        assertEquals("multimeter", mm.kind());
        assertEquals(1, mm.observed());
        assertEquals(2, mm.firstObservedId());
        assertEquals(40, mm.events().size());
    }

    @Test
    void recordEntryMayNotOverwriteTheFileOfANetworkRecorder() {
        Path file = ScenarioFiles.write(folder, "clash.yaml", "network:\n"
                + "  - create: {model: hh_psc_alpha_gap, as: n}\n"
                + "  - create: {model: spike_recorder, as: spikes}\n"
                + "  - connect: {pre: n, post: spikes}\n"
                + "record:\n  - spikes: {from: n}\nsimulate: 5\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(file));
        assertTrue(e.getMessage().contains("spikes.csv is already written"), e.getMessage());
    }

    @Test
    void kernelErrorIsReportedAtTheStepLine() {
        Path file = ScenarioFiles.write(folder, "typo.yaml",
                "network:\n  - create:\n      model: hh_psc_alpha_gpa\n      n: 2\nsimulate: 10\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(file));
        assertEquals(3, e.line(), "the line of model:");
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("hh_psc_alpha_gap"), e.getMessage());
    }

    @Test
    void badParameterIsReportedAtItsOwnLine() {
        Path file = ScenarioFiles.write(folder, "param.yaml", "kernel:\n  resolution: 0.05\n  wfr_tl: 1.0\n"
                + "network:\n  - create:\n      model: hh_psc_alpha_gap\n      params:\n        I_e: 1.0\n        C_mm: 3.0\nsimulate: 1\n");
        ScenarioException kernel = assertThrows(ScenarioException.class, () -> run(file));
        assertEquals(3, kernel.line(), kernel.getMessage());
        assertTrue(kernel.getMessage().contains("wfr_tol"), kernel.getMessage());
        Path model = ScenarioFiles.write(folder, "param2.yaml",
                "network:\n  - create:\n      model: hh_psc_alpha_gap\n      params:\n        I_e: 1.0\n        C_mm: 3.0\nsimulate: 1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(model));
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"C_m\""), e.getMessage());
    }

    @Test
    void unknownNodeNameSuggests() {
        Path file = ScenarioFiles.write(folder, "ref.yaml", "network:\n  - create: {model: hh_psc_alpha_gap, as: neurons}\n"
                + "  - set:\n      nodes: nerons\n      params: {V_m: -60.0}\nsimulate: 10\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(file));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("no nodes named \"nerons\"; did you mean \"neurons\"?"), e.getMessage());
    }

    @Test
    void randomValuesSlicesAndPairs() {
        Path file = ScenarioFiles.write(folder, "net.yaml", String.join("\n",
                "parameters:", "  n: 20", "  seed: 3",
                "kernel:", "  resolution: 0.05", "  rng_seed: ${seed}", "  total_num_virtual_procs: 4",
                "network:",
                "  - create:", "      model: hh_psc_alpha_gap", "      n: ${n}", "      as: neurons",
                "  - set:", "      nodes: neurons", "      params:", "        V_m: {uniform: {min: -80.0, max: -40.0}}",
                "  - set:", "      nodes: neurons[0:2]", "      params:", "        I_e: 50.0",
                "  - connect_pairs:", "      nodes: neurons", "      pairs:", "        source: random", "        n: ${n} * 2",
                "        seed: ${seed}", "      conn_spec: {make_symmetric: true}",
                "      syn_spec: {synapse_model: gap_junction, weight: 0.1}",
                "record:", "  - spikes: {from: neurons}", "  - synchrony: {from: neurons, optional: true}",
                "simulate: 5", ""));
        Scenario scenario = Scenario.load(file);
        try (Simulator simulator = FACTORY.newSimulator()) {
            ScenarioRunner runner = new ScenarioRunner(scenario, scenario.parameters(), name -> !name.equals("synchrony_monitor"));
            // --threads overrides the file's kernel setting (one VP: the unit suite stays single-threaded)
            RunResult result = runner.run(simulator, new RunOptions(1, null, true));
            assertEquals(1, result.recorded().size(), "the optional synchrony entry is skipped");
            assertEquals(1L, result.kernelStatus().get("total_num_virtual_procs"));
            // 40 pairs, symmetric: 80 gap connections, plus 20 neuron -> recorder
            assertEquals(100L, ((Number) result.kernelStatus().get("num_connections")).longValue());
        }
    }

    @Test
    void aPairFileMustHoldTheRequestedNumberOfPairs() {
        Path pairs = ScenarioFiles.write(folder, "pairs.csv", "source,target\n1,2\n2,3\n");
        Path file = ScenarioFiles.write(folder, "filepairs.yaml", String.join("\n",
                "parameters:", "  n_pairs: 2",
                "network:",
                "  - create: {model: hh_psc_alpha_gap, n: 3, as: neurons}",
                "  - connect_pairs:", "      nodes: neurons", "      pairs:", "        file: pairs.csv",
                "        n: ${n_pairs}",
                "      conn_spec: {make_symmetric: true}",
                "      syn_spec: {synapse_model: gap_junction, weight: 0.1}",
                "simulate: 1", ""));
        assertEquals(1.0, run(file).simtimeMs());
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(file, "n_pairs=3"));
        assertEquals(9, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("pairs.csv holds 2 pairs but n = 3"), e.getMessage());
    }

    /** Writes a run's files through a transaction and commits (what the run command does). */
    private static Map<String, Object> commit(Path out, RunResult result, SummaryBuilder summaries, boolean raster) {
        try (OutputTransaction outputs = OutputTransaction.begin(out, false, "test")) {
            Map<String, Object> summary = RunOutputs.write(outputs, result, summaries, raster);
            outputs.commit();
            return summary;
        }
    }

    @Test
    void outputsAreCompleteAndAtomic() throws Exception {
        RunResult result = run(Path.of("..", "examples", "single_neuron.yaml"), "simtime=50");
        Path out = folder.resolve("run");
        Map<String, Object> summary = commit(out, result, SummaryBuilder.standard(), true);
        assertEquals(List.of("manifest.json", "raster.png", "raster.svg", "spikes.csv", "spikes.gdf", "spikes.h5",
                "summary.json", "vm.csv", "vm.png", "vm.svg"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(3, summary.get("n_events"));
        assertEquals(60.0, (Double) summary.get("rate_hz"), 1e-9);
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"rate_hz\" : 60.0"));
        assertTrue(Files.readString(out.resolve("spikes.csv")).startsWith("sender,time_ms\n1,5.7\n"));

        Path blocked = folder.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        assertThrows(LauncherException.class, () -> commit(blocked, result, SummaryBuilder.standard(), true));

        SummaryBuilder failing = SummaryBuilder.standard().with(run -> {
            throw new IllegalStateException("metric failed");
        });
        Path third = folder.resolve("third");
        assertThrows(RuntimeException.class, () -> commit(third, result, failing, true));
        assertFalse(Files.exists(third));
    }

    @Test
    void recordersCanWriteTheirOwnFiles() throws Exception {
        Scenario scenario = Scenario.load(Path.of("..", "examples", "single_neuron.yaml"));
        Parameters parameters = scenario.parameters();
        parameters.set("simtime=50");
        Path out = folder.resolve("out");
        try (OutputTransaction outputs = OutputTransaction.begin(out, false, "test")) {
            RunResult result;
            try (Simulator simulator = FACTORY.newSimulator()) {
                result = new ScenarioRunner(scenario, parameters, name -> true)
                        .run(simulator, new RunOptions(null, null, false, outputs.staging()));
            }
            assertTrue(result.recorded().get(0).onDisk());
            assertEquals(0, result.spikes().orElseThrow().events().size(), "events are in the file, not in memory");
            result = RunOutputs.loadRecordedFiles(result, outputs.staging());
            assertArrayEquals(new double[] {5.7, 18.8, 36.85}, result.spikes().orElseThrow().events().times(), 1e-12);
            Map<String, Object> summary = RunOutputs.write(outputs, result, SummaryBuilder.standard(), false);
            assertEquals(3, summary.get("n_events"));
            assertFalse(Files.exists(out), "nothing is visible before the commit");
            outputs.commit();
        }
        assertEquals(List.of("manifest.json", "spikes.csv", "spikes.gdf", "spikes.h5", "summary.json", "vm.csv"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        assertTrue(Files.readString(out.resolve("vm.csv")).startsWith("sender,time_ms,V_m\n1,0.1,"));
    }

    @Test
    void spikeFormatsAreChosenPerRecorderAndAnUnknownOneIsNamedAtItsLine() {
        Path file = ScenarioFiles.write(folder, "formats.yaml", String.join("\n",
                "network:", "  - create: {model: hh_psc_alpha_gap, n: 3, as: cells}",
                "record:",
                "  - spikes: {from: 'cells[1:3]', file: a.csv}",
                "  - spikes: {from: cells, file: b.csv, formats: [gdf]}",
                "  - spikes: {from: cells, file: c.csv, formats: []}",
                "simulate: 1", ""));
        RunResult result = run(file);
        Recorded.SpikeFormats a = result.recorded().get(0).formats();
        assertEquals(List.of("sonata", "gdf"), a.names());
        assertEquals("cells", a.population());
        assertEquals(1L, a.populationFirstId(), "SONATA ids count from the population's first node, not the slice's");
        assertEquals(List.of("gdf"), result.recorded().get(1).formats().names());
        assertEquals(List.of(), result.recorded().get(2).formats().names());

        Path bad = ScenarioFiles.write(folder, "nwb.yaml", String.join("\n",
                "network:", "  - create: {model: hh_psc_alpha_gap, as: cells}",
                "record:", "  - spikes:", "      from: cells", "      formats: [sonata, nwb]",
                "simulate: 1", ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(bad));
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown output format \"nwb\"; known: csv, sonata, gdf"), e.getMessage());
    }

    @Test
    void summaryTakesExtraMetrics() {
        RunResult result = run(Path.of("..", "examples", "single_neuron.yaml"), "simtime=20");
        Map<String, Object> summary = SummaryBuilder.standard().with(r -> Map.of("custom", 42)).build(result);
        assertEquals(42, summary.get("custom"));
        assertTrue(summary.containsKey("build_s") && summary.containsKey("simulate_s") && summary.containsKey("parameters"));
    }
}
