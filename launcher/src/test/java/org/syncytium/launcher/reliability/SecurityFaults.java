package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.load;
import static org.syncytium.launcher.reliability.Trials.run;

import java.nio.file.Files;
import java.util.List;

import org.syncytium.launcher.scenario.Scenario;

/** Inputs written to read, execute or destroy what they should not. */
final class SecurityFaults {

    private static final String GROUP = "security";

    private SecurityFaults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("S1", GROUP, "a secret file as pair file: its content is never quoted", folder -> {
                    Files.writeString(folder.resolve("p.csv"), "root:SECRET-HASH:19000:0:99999:7:::\n");
                    String answer = run(FileFaults.pairs("p.csv")).answer(folder);
                    OutputFaults.require(!answer.contains("SECRET"), "content quoted: " + answer);
                    return answer;
                }, "p.csv:1:", "expected two columns source,target"),
                new Fault("S2", GROUP, "a secret in a row of numbers and text: not quoted", folder -> {
                    Files.writeString(folder.resolve("p.csv"), "1,2\nSECRET,3\n");
                    String answer = run(FileFaults.pairs("p.csv")).answer(folder);
                    OutputFaults.require(!answer.contains("SECRET"), "content quoted: " + answer);
                    return answer;
                }, "p.csv:2:", "expected two integers"),
                new Fault("S3", GROUP, "a YAML tag asking for a Java object: it stays text", folder -> {
                    Files.writeString(folder.resolve(Trials.SCENARIO), "name: !!java.lang.ProcessBuilder [touch, pwned]\n"
                            + "simulate: 1\n");
                    Object name;
                    try {
                        name = Scenario.load(folder.resolve(Trials.SCENARIO)).root().get("name").scalar();
                    } catch (RuntimeException e) {
                        return org.syncytium.launcher.cli.ErrorReporter.message(e);
                    }
                    OutputFaults.require(!Files.exists(folder.resolve("pwned")), "nothing executed");
                    return "loaded; name is " + (name == null ? "null" : name.getClass().getSimpleName());
                }, "s.yaml:1:"),
                new Fault("S4", GROUP, "an alias bomb (nine levels of nine aliases)", folder -> {
                    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
                    for (int i = 1; i < 10; i++) {
                        String p = "*a" + (i - 1);
                        yaml.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ",
                                List.of(p, p, p, p, p, p, p, p, p))).append("]\n");
                    }
                    yaml.append("simulate: 1\n");
                    return load(yaml.toString()).answer(folder);
                }, "s.yaml:1:", "unknown key \"a0\""),
                new Fault("S5", GROUP, "a scenario `name: ../../x` (names the output folder)", load("name: ../../x\nsimulate: 1\n"),
                        "s.yaml:1:", "name must be letters, digits"),
                new Fault("S6", GROUP, "a recorder label with a NUL character", load("network:\n  - create:\n"
                        + "      model: spike_recorder\n      params: {record_to: ascii, label: \"a\\0b\"}\nsimulate: 1\n"),
                        "s.yaml:4:", "may only contain"),
                new Fault("S7", GROUP, "a multimeter `as:` of 300 characters", load(Trials.tiny("  - multimeter: {from: n, as: "
                        + "a".repeat(300) + "}\n")), "s.yaml:8:", "longer than 200 characters"),
                new Fault("S8", GROUP, "a label `..`", load("network:\n  - create:\n      model: spike_recorder\n"
                        + "      params: {record_to: ascii, label: ..}\nsimulate: 1\n"), "s.yaml:4:", "starts with a dot"));
    }
}
