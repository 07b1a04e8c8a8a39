package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.launcher.cli.CommandLines;

/** The commands a user types, against the built distribution. */
class CommandsIT {

    @TempDir
    Path folder;

    record Outcome(int status, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLines.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    private static String bundles() {
        return DistributionFolders.bundles().toString();
    }

    @Test
    void bundlesListsEveryBundleActive() {
        Outcome o = run("bundles", "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("org.syncytium.core"), o.out());
        assertTrue(o.out().contains("org.apache.felix.scr"), o.out());
        assertFalse(o.out().contains("INSTALLED") || o.out().contains("RESOLVED "), o.out());
    }

    @Test
    void modelsListsWhatIsInstalledWithParameters() {
        Outcome o = run("models", "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        for (String name : List.of("hh_psc_alpha_gap", "static_synapse", "gap_junction", "fixed_indegree", "one_to_one",
                "poisson_generator", "dc_generator", "spike_recorder", "multimeter", "wfr", "stepwise")) {
            assertTrue(o.out().contains("  " + name + " - "), name);
        }
        assertTrue(o.out().matches("(?s).*\\n\\s+C_m\\s+pF\\s+.*"), "hh_psc_alpha_gap lists C_m with its unit");
        Outcome one = run("models", "wfr", "--bundles", bundles());
        assertTrue(one.out().contains("wfr_tol"), one.out());
        assertFalse(one.out().contains("hh_psc_alpha_gap"), one.out());
        Outcome typo = run("models", "hh_psc_alpha_gpa", "--bundles", bundles());
        assertEquals(CommandLines.ERROR, typo.status());
        assertTrue(typo.err().contains("did you mean \"hh_psc_alpha_gap\""), typo.err());
    }

    @Test
    void runWritesEveryOutput() throws Exception {
        Path out = folder.resolve("run");
        Outcome o = run("run", "../examples/single_neuron.yaml", "--set", "simtime=50", "--out", out.toString(),
                "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("Mean rate       60.00 Hz"), o.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("manifest.json", "raster.png", "raster.svg", "spikes.csv", "spikes.gdf", "spikes.h5",
                    "summary.json", "vm.csv", "vm.png", "vm.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void recorderCreatedTheNestWayWritesItsFileAndTheSummary() throws Exception {
        Path scenario = folder.resolve("nest_way.yaml");
        Files.writeString(scenario, "kernel: {resolution: 0.05}\nnetwork:\n"
                + "  - create: {model: hh_psc_alpha_gap, params: {I_e: 200.0}, as: neuron}\n"
                + "  - create: {model: spike_recorder, as: sr}\n"
                + "  - connect: {pre: neuron, post: sr}\nsimulate: 50\n");
        Path out = folder.resolve("out");
        Outcome o = run("run", scenario.toString(), "--out", out.toString(), "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("Mean rate       60.00 Hz"), o.out());
        for (String file : List.of("sr.csv", "summary.json", "raster.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertEquals("sender,time_ms\n1,5.7\n1,18.8\n1,36.85\n", Files.readString(out.resolve("sr.csv")));
        // recorders wrote into the staging folder; the summary names the folder the files are in now
        assertTrue(Files.readString(out.resolve("summary.json"))
                .contains("\"data_path\" : \"" + out.toAbsolutePath() + "\""), Files.readString(out.resolve("summary.json")));
    }

    @Test
    void aNestmlSynapseFileRunsTheSameWeightsAsTheHandWrittenModel() throws Exception {
        Path hand = folder.resolve("hand");
        Path nestml = folder.resolve("nestml");
        assertEquals(0, run("run", "../examples/stdp_weights.yaml", "--set", "simtime=200", "--out", hand.toString(),
                "--bundles", bundles()).status());
        Outcome o = run("run", "../examples/nestml/stdp_nestml.yaml", "--nestml", "../examples/nestml/stdp_synapse.nestml",
                "--set", "simtime=200", "--out", nestml.toString(), "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertEquals(Files.readString(hand.resolve("spikes.csv")), Files.readString(nestml.resolve("spikes.csv")));
        List<String> a = Files.readAllLines(hand.resolve("weights.csv"));
        List<String> b = Files.readAllLines(nestml.resolve("weights.csv"));
        assertEquals(a.size(), b.size());
        assertTrue(a.size() > 1000, a.size() + " rows");
        for (int k = 1; k < a.size(); k++) {
            String[] x = a.get(k).split(",");
            String[] y = b.get(k).split(",");
            assertEquals(x[0] + "," + x[1] + "," + x[3], y[0] + "," + y[1] + "," + y[3], "row " + k);
            assertEquals(Double.parseDouble(x[2]), Double.parseDouble(y[2]), 1e-10, "row " + k);
        }
    }

    @Test
    void weightRecorderNamedInASynSpecWritesTheWeightsOfPassingSpikes() throws Exception {
        Path out = folder.resolve("stdp");
        Outcome o = run("run", "../examples/stdp_weights.yaml", "--set", "simtime=100", "--out", out.toString(),
                "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertTrue(Files.size(out.resolve("weights.png")) > 0 && Files.size(out.resolve("weights.svg")) > 0);
        List<String> rows = Files.readAllLines(out.resolve("weights.csv"));
        assertEquals("sender,time_ms,weights,targets,receptors", rows.get(0));
        // 50 Poisson trains at 20 spikes/s, each spike passing 10 connections: about 1,000 rows in 100 ms
        assertTrue(rows.size() > 500 && rows.size() < 1600, rows.size() + " rows");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            long sender = Long.parseLong(cells[0]);
            long target = Long.parseLong(cells[3]);
            double weight = Double.parseDouble(cells[2]);
            assertTrue(sender >= 2 && sender <= 51 && target >= 52 && target <= 61, row); // inputs -> neurons
            assertTrue(weight >= 0 && weight <= 120.0, row);                           // within [0, Wmax]
        }
        Path bad = folder.resolve("bad_wr.yaml");
        Files.writeString(bad, "network:\n  - create: {model: iaf_psc_alpha, n: 2, as: n}\n"
                + "  - connect: {pre: n, post: n, syn_spec: {weight_recorder: n}}\nsimulate: 5\n");
        Outcome refused = run("run", bad.toString(), "--out", folder.resolve("bad").toString(), "--bundles", bundles());
        assertEquals(CommandLines.ERROR, refused.status());
        assertTrue(refused.err().contains(bad + ":3: ") && refused.err().contains("weight_recorder must name one recorder"),
                refused.err());
    }

    @Test
    void kernelErrorsArePrintedAsOneLine() throws Exception {
        Path scenario = folder.resolve("bad.yaml");
        Files.writeString(scenario, "network:\n  - create:\n      model: hh_psc_alpha_gap\n      params: {C_m: -1.0}\nsimulate: 5\n");
        Path out = folder.resolve("out");
        Outcome o = run("run", scenario.toString(), "--out", out.toString(), "--bundles", bundles());
        assertEquals(CommandLines.ERROR, o.status());
        assertTrue(o.err().startsWith("error: " + scenario + ":4: "), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertFalse(Files.exists(out), "no output folder is left behind");
    }

    @Test
    void defaultScenarioIsTheSeedNetwork() throws Exception {
        Path out = folder.resolve("seed");
        Outcome o = run("run", "--set", "n_neuron=40", "--set", "gap_pairs=random", "--set", "simtime=20",
                "--threads", "1", "--out", out.toString(), "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("Scenario        gap_junctions_inhibitory"), o.out());
        assertTrue(o.out().contains("WFR iterations  mean"), o.out());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"gap_pairs\" : \"random\""));
    }

    @Test
    void benchTimesNestsWorkloadUnlessAskedForTheOptionalRecorders() {
        Outcome lean = run("bench", "--neurons", "40", "--simtime", "5", "--warmup", "0", "--repetitions", "1",
                "--threads", "1", "--bundles", bundles());
        assertEquals(0, lean.status(), lean.err());
        assertTrue(lean.out().contains("optional recorders: left out"), lean.out());
        assertTrue(lean.out().lines().anyMatch(l -> l.matches("recorders +spikes")), lean.out());
        Outcome all = run("bench", "--neurons", "40", "--simtime", "5", "--warmup", "0", "--repetitions", "1",
                "--threads", "1", "--all-recorders", "--bundles", bundles());
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().contains("optional recorders: timed"), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.matches("recorders +spikes, synchrony")), all.out());
    }

    @Test
    void benchSettleWarmsUpUntilTheJitIsQuietThenTimesTheAskedRuns() {
        Outcome o = run("bench", "--neurons", "40", "--simtime", "5", "--warmup", "0", "--repetitions", "2",
                "--threads", "1", "--settle", "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        List<String> warmups = o.out().lines().filter(l -> l.startsWith("  warm-up")).toList();
        List<String> runs = o.out().lines().filter(l -> l.startsWith("  run")).toList();
        assertTrue(warmups.size() >= 1 && warmups.size() <= 20, o.out());
        assertEquals(2, runs.size(), o.out());
        assertTrue(runs.get(0).startsWith("  run 1/2") && runs.get(1).startsWith("  run 2/2"), o.out());
        // the last warm-up settled (little JIT work for its simulate time), or the limit said so
        String last = warmups.get(warmups.size() - 1);
        Matcher m = Pattern.compile("simulate +([0-9.]+) s .*JIT ([0-9.]+) s").matcher(last);
        assertTrue(m.find(), last);
        boolean settledRun = Double.parseDouble(m.group(2)) <= 0.05 * Double.parseDouble(m.group(1)) + 0.005;
        assertTrue(settledRun || (warmups.size() == 20 && o.out().contains("the JIT still compiled after 20 warm-up runs")),
                o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("JIT compiling ")), o.out());
    }

    @Test
    void benchAlternatesAPropertyRunByRun() {
        String name = "syncytium.trial.shared";
        Outcome o = run("bench", "--neurons", "40", "--simtime", "5", "--warmup", "1", "--repetitions", "2",
                "--threads", "2", "--alternate", name + "=true,false", "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        List<String> runs = o.out().lines().filter(l -> l.startsWith("  warm-up") || l.startsWith("  run")).toList();
        assertEquals(3, runs.size(), o.out());
        assertTrue(runs.get(0).endsWith(name + "=true") && runs.get(1).endsWith(name + "=false")
                && runs.get(2).endsWith(name + "=true"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.matches("alternated +" + name.replace(".", "\\.")
                + ": true .* median \\(1 runs\\); false .* median \\(1 runs\\)")), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.matches("per cycle +false / true: .*1 cycles.*")), o.out());
        assertEquals(null, System.getProperty(name), "the property is put back");
        Outcome bad = run("bench", "--alternate", name, "--bundles", bundles());
        assertEquals(CommandLines.ERROR, bad.status());
        assertTrue(bad.err().startsWith("error: --alternate \"" + name + "\": expected NAME=VALUE1,VALUE2"), bad.err());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void unresolvableBundleFolderFailsWithOneLinePerBundle() throws Exception {
        Path lonely = Files.createDirectories(folder.resolve("lonely"));
        Files.copy(DistributionFolders.jar("syncytium-core-"), lonely.resolve("core.jar"));
        Outcome o = run("bundles", "--bundles", lonely.toString());
        assertEquals(CommandLines.ERROR, o.status());
        assertTrue(o.out().contains("org.syncytium.core"), o.out());
        assertTrue(o.err().startsWith("error: bundle org.syncytium.core "), o.err());
        assertTrue(o.err().contains("cannot start: missing package"), o.err());
        Outcome run = run("models", "--bundles", lonely.toString());
        assertEquals(CommandLines.ERROR, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void sweepWritesTableAndPlot() throws Exception {
        Path out = folder.resolve("sweep");
        Outcome o = run("sweep", "../examples/single_neuron.yaml", "--param", "I_e=100:300:100", "--set", "simtime=50",
                "--jobs", "2", "--out", out.toString(), "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("I_e,seed,rate_hz,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("100,,"), lines.get(1));
        assertTrue(Files.size(out.resolve("sweep.png")) > 1000);
        assertTrue(o.err().contains("[ 3/3 ]"), o.err());
    }

    @Test
    void customDistributionWithoutAPlugin() throws Exception {
        Path dist = folder.resolve("dist");
        Outcome o = run("distribution", dist.toString(), "--exclude", "org.syncytium.dc-generator", "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertTrue(Files.isExecutable(dist.resolve("syncytium")));
        Outcome models = run("models", "--brief", "--bundles", dist.resolve("bundles").toString());
        assertEquals(0, models.status(), models.err());
        assertFalse(models.out().contains("dc_generator"), models.out());
        assertTrue(models.out().contains("poisson_generator"), models.out());
    }
}
