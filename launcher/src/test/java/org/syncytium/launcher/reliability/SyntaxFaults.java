package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.load;

import java.nio.file.Files;
import java.util.List;

import org.syncytium.launcher.scenario.Scenario;

/** Mistakes in the YAML of a scenario file: said in plain words at the line to look at. */
final class SyntaxFaults {

    private static final String GROUP = "scenario syntax";

    private SyntaxFaults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("Y1", GROUP, "a tab indents a line", load("name: x\nsimulate: 1\nkernel:\n\tresolution: 0.1\n"),
                        "s.yaml:4:", "a tab character indents this line"),
                new Fault("Y2", GROUP, "a double quote never closed", load("name: x\nkernel: {resolution: \"0.1}\nnetwork: []\n"
                        + "simulate: 1\n"), "s.yaml:2:", "quoted text opened on this line is never closed"),
                new Fault("Y3", GROUP, "a single quote never closed", load("name: 'x\nsimulate: 1\n"), "s.yaml:1:",
                        "never closed"),
                new Fault("Y4", GROUP, "a `[` list never closed", load("name: x\nsimulate: [1\n"), "s.yaml:2:",
                        "a [ list opened on this line is not closed"),
                new Fault("Y5", GROUP, "a `{` mapping never closed", load("name: x\nkernel: {resolution: 0.1\nsimulate: 1\n"),
                        "s.yaml:2:", "a { mapping opened on this line is not closed"),
                new Fault("Y6", GROUP, "a key indented under a scalar", load("name: x\n  simulate: 1\n"), "s.yaml:2:",
                        "check this line's indentation"),
                new Fault("Y7", GROUP, "a key out of line with its mapping", load("network:\n  - create: {model: x}\n simulate: 1\n"),
                        "s.yaml:3:", "indentation does not fit the lines above it"),
                new Fault("Y8", GROUP, "an unknown `\\q` escape in double quotes", load("name: \"a\\q\"\nsimulate: 1\n"),
                        "s.yaml:1:", "unknown escape"),
                new Fault("Y9", GROUP, "a Latin-1 byte (not UTF-8)", folder -> {
                    Files.write(folder.resolve(Trials.SCENARIO), "name: x\nsimulate: 1\n# caf\u00e9\n"
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    return load0(folder);
                }, "s.yaml:3:", "not UTF-8 text: byte 0xE9 at column 6"),
                new Fault("Y10", GROUP, "a NUL byte", load("name: x\nsimulate: 1\n\u0000\n"), "s.yaml:3:", "NUL character"),
                new Fault("Y11", GROUP, "a key twice", load("name: x\nsimulate: 1\nsimulate: 2\n"), "s.yaml:3:",
                        "duplicate key \"simulate\""),
                new Fault("Y12", GROUP, "a misspelt top-level key", load("name: x\nsimulat: 1\n"), "s.yaml:2:",
                        "did you mean \"simulate\""),
                new Fault("Y13", GROUP, "no `simulate`", load("name: x\n"), "needs \"simulate\""),
                new Fault("Y14", GROUP, "a list instead of a mapping", load("- simulate: 1\n"), "s.yaml:1:",
                        "a scenario is a mapping"),
                new Fault("Y15", GROUP, "a misspelt network step", load("network:\n  - craete: {model: x}\nsimulate: 1\n"),
                        "s.yaml:2:", "did you mean \"create\""),
                new Fault("Y16", GROUP, "`create` without a model", load("network:\n  - create: {n: 2}\nsimulate: 1\n"),
                        "s.yaml:2:", "create needs \"model\""),
                new Fault("Y17", GROUP, "an unknown record kind", load("record:\n  - voltmeter: {from: n}\nsimulate: 1\n"),
                        "s.yaml:2:", "unknown key \"voltmeter\""),
                new Fault("Y18", GROUP, "`kernel` not a mapping", load("kernel: 0.1\nsimulate: 1\n"), "s.yaml:1:",
                        "kernel: expected a mapping"),
                new Fault("Y19", GROUP, "a step with two keys", load("network:\n  - create: {model: x}\n    connect: {pre: a}\n"
                        + "simulate: 1\n"), "s.yaml:2:", "expected one of"),
                new Fault("Y20", GROUP, "a step whose settings are a list", load("network:\n  - create: [1, 2]\nsimulate: 1\n"),
                        "s.yaml:2:", "create: expected a mapping of settings"),
                new Fault("Y21", GROUP, "an empty file", load(""), "needs \"simulate\""),
                new Fault("Y22", GROUP, "a parameter whose value is a list", Trials.run("parameters:\n  a: [1, 2]\nsimulate: 1\n"),
                        "s.yaml:2:", "must be a single value"),
                new Fault("Y23", GROUP, "an unknown key in `pairs`", load("network:\n  - connect_pairs: {nodes: n, pairs: "
                        + "{fiel: p.csv}}\nsimulate: 1\n"), "s.yaml:2:", "did you mean \"file\""),
                new Fault("Y24", GROUP, "a scenario file larger than 1 MB", folder -> {
                    Files.writeString(folder.resolve(Trials.SCENARIO), "simulate: 1\n" + "#".repeat(1 << 20) + "\n");
                    return load0(folder);
                }, "s.yaml:", "larger than 1 MB"));
    }

    static String load0(java.nio.file.Path folder) {
        try {
            Scenario.load(folder.resolve(Trials.SCENARIO));
        } catch (RuntimeException e) {
            return org.syncytium.launcher.cli.ErrorReporter.message(e);
        }
        throw new Trials.NoError("loading the scenario");
    }
}
