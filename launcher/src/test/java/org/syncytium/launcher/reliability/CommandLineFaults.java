package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.cli;

import java.nio.file.Files;
import java.util.List;

/** Mistakes on the command line: found before anything boots. */
final class CommandLineFaults {

    private static final String GROUP = "command line";
    private static final String SINGLE = "../examples/single_neuron.yaml";
    private static final String SEED = "../examples/gap_junctions_inhibitory.yaml";

    private CommandLineFaults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("C1", GROUP, "unknown command `rnu`", cli("rnu"), "Unmatched argument"),
                new Fault("C2", GROUP, "unknown option `run --thread 4`", cli("run", "--thread", "4"), "Unknown option: '--thread'"),
                new Fault("C3", GROUP, "`--threads 0`", cli("run", SINGLE, "--threads", "0", "--out", "{dir}/o"),
                        "--threads must be >= 1"),
                new Fault("C4", GROUP, "`--threads abc`", cli("run", SINGLE, "--threads", "abc"), "Invalid value", "--threads"),
                new Fault("C5", GROUP, "`--set` of an undeclared parameter (typo)", cli("run", SINGLE, "--set", "I_ee=3",
                        "--out", "{dir}/o"), "unknown parameter \"I_ee\"", "did you mean \"I_e\""),
                new Fault("C6", GROUP, "`--set` without `=`", cli("run", SINGLE, "--set", "I_e", "--out", "{dir}/o"),
                        "expected name=value"),
                new Fault("C7", GROUP, "`--set` of a number parameter to text", cli("run", SINGLE, "--set", "I_e=abc",
                        "--out", "{dir}/o"), "\"I_e\" must be a number"),
                new Fault("C8", GROUP, "`--set` of a number parameter to nothing", cli("run", SINGLE, "--set", "I_e=",
                        "--out", "{dir}/o"), "\"I_e\" must be a number"),
                new Fault("C9", GROUP, "scenario file that does not exist", cli("run", "{dir}/none.yaml"),
                        "none.yaml: scenario file not found"),
                new Fault("C10", GROUP, "a folder as scenario", cli("run", "{dir}"), "the scenario file is a folder, not a file"),
                new Fault("C11", GROUP, "`sweep` without `--param`", cli("sweep", SINGLE), "Missing required option: '--param"),
                new Fault("C12", GROUP, "`--param` without values", cli("sweep", SINGLE, "--param", "I_e"),
                        "--param I_e: expected name=v1,v2,... or name=start:stop:step"),
                new Fault("C13", GROUP, "`--param` range with step 0", cli("sweep", SINGLE, "--param", "I_e=0:100:0"),
                        "step must be non-zero"),
                new Fault("C14", GROUP, "`--param` range of more than 10,000 values", cli("sweep", SINGLE, "--param",
                        "I_e=0:100000:1"), "more than 10000 values"),
                new Fault("C15", GROUP, "`--seeds a,b`", cli("sweep", SEED, "--param", "gap_weight=0.1", "--seeds", "a,b"),
                        "--seeds a,b: seeds are integers"),
                new Fault("C16", GROUP, "`--seeds` for a scenario without a seed parameter", cli("sweep", SINGLE, "--param",
                        "I_e=1", "--seeds", "1,2"), "declares no parameter \"seed\""),
                new Fault("C17", GROUP, "`--jobs 0`", cli("sweep", SINGLE, "--param", "I_e=1", "--jobs", "0", "--out", "{dir}/o"),
                        "--jobs must be >= 1"),
                new Fault("C18", GROUP, "`--param` naming an undeclared parameter", cli("sweep", SINGLE, "--param", "I_x=1,2"),
                        "unknown parameter \"I_x\""),
                new Fault("C19", GROUP, "`--bundles` folder that does not exist", cli("bundles", "--bundles", "{dir}/nowhere"),
                        "does not exist"),
                new Fault("C20", GROUP, "`--bundles` folder without jars", folder -> {
                    Files.createDirectories(folder.resolve("empty"));
                    return Trials.cliIn(folder, "bundles", "--bundles", "{dir}/empty");
                }, "contains no .jar bundles"),
                new Fault("C21", GROUP, "`--out` naming an existing file", folder -> {
                    Files.writeString(folder.resolve("taken"), "x");
                    return Trials.cliIn(folder, "run", SINGLE, "--out", "{dir}/taken");
                }, "output folder", "is a file, not a folder"),
                new Fault("C22", GROUP, "`--out /`", cli("run", SINGLE, "--out", "/"), "cannot be the root folder"),
                new Fault("C23", GROUP, "`--set` of a true/false parameter to a number", folder -> {
                    Trials.write(folder, "b.yaml", "parameters:\n  use_wfr: true\nsimulate: 1\n");
                    return Trials.cliIn(folder, "run", "{dir}/b.yaml", "--set", "use_wfr=3", "--out", "{dir}/o");
                }, "\"use_wfr\" must be true or false"));
    }
}
