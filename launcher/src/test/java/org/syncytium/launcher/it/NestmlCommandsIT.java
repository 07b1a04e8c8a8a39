package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syncytium.launcher.cli.CommandLines;

/**
 * The user's commands with {@code --nestml}: {@code models} lists a file's models, {@code run} runs the
 * seed network with the NESTML hh_psc_alpha_gap and gets the hand-written model's spikes exactly, and a
 * bad file is one line with file:line and no output folder.
 */
class NestmlCommandsIT {

    @TempDir
    Path folder;

    private static String bundles() {
        return DistributionFolders.bundles().toString();
    }

    @Test
    void modelsListsTheFilesModelsWithParameters() {
        CommandsIT.Outcome o = CommandsIT.run("models", "--nestml", "../examples/nestml/izhikevich.nestml",
                "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        assertFalse(o.out().contains("hh_psc_alpha_gap"), "only the file's models: " + o.out());
        assertTrue(o.out().contains("izhikevich_nestml - NESTML model from ../examples/nestml/izhikevich.nestml"), o.out());
        assertTrue(o.out().matches("(?s).*\\n\\s+c\\s+mV\\s+-65.0\\s+after-spike reset of V_m.*"), o.out());
    }

    @Test
    void theSeedNetworkWithTheNestmlModelSpikesAsTheHandWrittenOne() throws Exception {
        Path hand = folder.resolve("hand");
        Path nestml = folder.resolve("nestml");
        CommandsIT.Outcome a = CommandsIT.run("run", "../examples/gap_junctions_inhibitory.yaml", "--set", "simtime=20",
                "--out", hand.toString(), "--bundles", bundles());
        assertEquals(0, a.status(), a.err());
        CommandsIT.Outcome b = CommandsIT.run("run", "../examples/nestml/gap_junctions_inhibitory_nestml.yaml", "--set",
                "simtime=20", "--nestml", "../examples/nestml/hh_psc_alpha_gap.nestml", "--out", nestml.toString(),
                "--bundles", bundles());
        assertEquals(0, b.status(), b.err());
        String spikes = Files.readString(hand.resolve("spikes.csv"));
        assertTrue(spikes.lines().count() > 10, "the network spikes in 20 ms: " + spikes.lines().count());
        assertEquals(spikes, Files.readString(nestml.resolve("spikes.csv")));
    }

    @Test
    void aBadFileIsOneLineAndNoOutput() throws Exception {
        Path bad = folder.resolve("bad.nestml");
        Files.writeString(bad, String.join("\n",
                "model bad_it:",
                "    state:",
                "        V_m mV = 0 mV",
                "    equations:",
                "        V_m' = -V_m / tau_m + I_e",
                "    parameters:",
                "        tau_m ms = 10 ms",
                "        I_e pA = 0 pA",
                ""));
        Path out = folder.resolve("out");
        CommandsIT.Outcome o = CommandsIT.run("run", "../examples/nestml/izhikevich.yaml", "--nestml", bad.toString(),
                "--out", out.toString(), "--bundles", bundles());
        assertEquals(CommandLines.ERROR, o.status());
        assertEquals("error: " + bad + ":5: unit mismatch: mV/ms + pA", o.err().trim());
        assertFalse(Files.exists(out.resolve("spikes.csv")));
    }

    @Test
    void theReceptorExampleRunsAndABadReceptorIsOneLineNamingItsConnection() throws Exception {
        Path out = folder.resolve("receptors");
        CommandsIT.Outcome o = CommandsIT.run("run", "../examples/nestml/cond_multisyn.yaml", "--set", "simtime=50",
                "--nestml", "../examples/nestml/cond_multisyn.nestml", "--out", out.toString(), "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        // each receptor's conductance rose from its own generator: the four columns all move
        java.util.List<String> rows = Files.readAllLines(out.resolve("vm.csv"));
        String[] header = rows.get(0).split(",");
        for (int c = 3; c < header.length; c++) {
            final int column = c;
            assertTrue(rows.stream().skip(1).anyMatch(r -> Double.parseDouble(r.split(",")[column]) > 0),
                    header[c] + " never rose");
        }
        Path scenario = folder.resolve("bad_receptor.yaml");
        Files.writeString(scenario, Files.readString(Path.of("../examples/nestml/cond_multisyn.yaml"))
                .replace("receptor_type: 4}", "receptor_type: 0}"));
        Path bad = folder.resolve("bad");
        CommandsIT.Outcome b = CommandsIT.run("run", scenario.toString(), "--nestml", "../examples/nestml/cond_multisyn.nestml",
                "--out", bad.toString(), "--bundles", bundles());
        assertEquals(CommandLines.ERROR, b.status());
        assertTrue(b.err().trim().matches("error: .*bad_receptor.yaml:\\d+: receptor type 0 is not available in node 1 "
                + "\\(cond_multisyn_neuron\\): its model's receptor types are AMPA=1, NMDA=2, GABA_A=3, GABA_B=4.*"),
                b.err());
        assertFalse(Files.exists(bad));
    }

    @Test
    void theVectorExampleRunsAndAListOfTheWrongSizeIsOneLine() throws Exception {
        Path out = folder.resolve("vectors");
        CommandsIT.Outcome o = CommandsIT.run("run", "../examples/nestml/psc_exp_receptors.yaml", "--set", "simtime=50",
                "--nestml", "../examples/nestml/psc_exp_receptors.nestml", "--out", out.toString(), "--bundles", bundles());
        assertEquals(0, o.status(), o.err());
        java.util.List<String> rows = Files.readAllLines(out.resolve("vm.csv"));
        assertEquals("sender,time_ms,V_m,I_syn,N_IN_0,N_IN_1,N_IN_2", rows.get(0));
        String[] last = rows.get(rows.size() - 1).split(",");
        for (int c = 4; c < 7; c++) {
            assertTrue(Double.parseDouble(last[c]) > 100, "receptor " + (c - 4) + " counted " + last[c]);
        }
        Path scenario = folder.resolve("bad_vector.yaml");
        Files.writeString(scenario, Files.readString(Path.of("../examples/nestml/psc_exp_receptors.yaml"))
                .replace("tau_syn: [0.5, 5.0, 10.0]", "tau_syn: [0.5, 5.0]"));
        Path bad = folder.resolve("bad_vector");
        CommandsIT.Outcome b = CommandsIT.run("run", scenario.toString(), "--nestml", "../examples/nestml/psc_exp_receptors.nestml",
                "--out", bad.toString(), "--bundles", bundles());
        assertEquals(CommandLines.ERROR, b.status());
        assertTrue(b.err().trim().matches("error: .*bad_vector.yaml:\\d+: .*tau_syn.*has 2 elements but the vector's size is 3"),
                b.err());
        assertFalse(Files.exists(bad));
    }
}
