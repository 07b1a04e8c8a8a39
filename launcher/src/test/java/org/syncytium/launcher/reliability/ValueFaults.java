package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.run;

import java.util.List;

/** Values the kernel or the launcher refuses: each at the line of the entry (or key) that holds it. */
final class ValueFaults {

    private static final String GROUP = "values";

    /** Two neurons named n at line 3; {@code step} follows at line 4. */
    private static String net(String step) {
        return "name: v\nnetwork:\n  - create: {model: hh_psc_alpha_gap, n: 2, as: n}\n" + step + "simulate: 5\n";
    }

    private ValueFaults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("V1", GROUP, "a negative capacitance", run("network:\n  - create:\n      model: hh_psc_alpha_gap\n"
                        + "      params: {C_m: -1.0}\nsimulate: 5\n"), "s.yaml:4:", "C_m"),
                new Fault("V2", GROUP, "a misspelt model parameter", run("network:\n  - create:\n      model: hh_psc_alpha_gap\n"
                        + "      params:\n        I_ee: 3\nsimulate: 5\n"), "s.yaml:5:", "I_ee"),
                new Fault("V3", GROUP, "`n: 0`", run("network:\n  - create: {model: hh_psc_alpha_gap, n: 0}\nsimulate: 5\n"),
                        "s.yaml:2:", "n must be a count >= 1"),
                new Fault("V4", GROUP, "`n: 2.5`", run("network:\n  - create: {model: hh_psc_alpha_gap, n: 2.5}\nsimulate: 5\n"),
                        "s.yaml:2:", "n must be an integer"),
                new Fault("V5", GROUP, "a misspelt model", run("network:\n  - create: {model: hh_psc_alpha_gpa}\nsimulate: 5\n"),
                        "s.yaml:2:", "hh_psc_alpha_gap"),
                new Fault("V6", GROUP, "a reference to an undeclared parameter", run("parameters:\n  a: 1\nnetwork:\n"
                        + "  - create: {model: hh_psc_alpha_gap, n: \"${b}\"}\nsimulate: 5\n"), "s.yaml:4:", "unknown parameter ${b}"),
                new Fault("V7", GROUP, "a parameter referring to itself", run("parameters:\n  a: ${b}\n  b: ${a}\nsimulate: ${a}\n"),
                        "refers to itself"),
                new Fault("V8", GROUP, "`simulate: -5`", run("simulate: -5\n"), "s.yaml:1:", "simulate must be a time in ms > 0"),
                new Fault("V9", GROUP, "`simulate: soon`", run("simulate: soon\n"), "s.yaml:1:", "simulate must be a number"),
                new Fault("V10", GROUP, "simulated time not a multiple of the resolution",
                        run("kernel: {resolution: 0.1}\nsimulate: 10.05\n"), "s.yaml:2:", "multiple of the resolution"),
                new Fault("V11", GROUP, "a multimeter interval not a multiple of the resolution (refused when created)",
                        run(net("record:\n  - multimeter: {from: n, interval: 0.05, record_from: [V_m]}\n")), "s.yaml:5:",
                        "interval = 0.05 must be a multiple of the resolution"),
                new Fault("V12", GROUP, "a recorder's stop before its start (checked while simulating)",
                        run(net("record:\n  - spikes:\n      from: n\n      params: {start: 8.0, stop: 3.0}\n")), "s.yaml:7:",
                        "must be >= start"),
                new Fault("V13", GROUP, "`connect` from undeclared nodes", run(net("  - connect: {pre: m, post: n}\n")),
                        "s.yaml:4:", "m"),
                new Fault("V14", GROUP, "a node slice past the end", run(net("  - connect: {pre: \"n[0:5]\", post: n}\n")),
                        "s.yaml:4:", "index 5 is outside 0..1"),
                new Fault("V15", GROUP, "a misspelt connection rule", run(net("  - connect: {pre: n, post: n, conn_spec: "
                        + "{rule: all_to_al}}\n")), "s.yaml:4:", "all_to_all"),
                new Fault("V16", GROUP, "a delay below the resolution", run(net("  - connect: {pre: n, post: n, syn_spec: "
                        + "{weight: 1.0, delay: 0.001}}\n")), "s.yaml:4:", "delay"),
                new Fault("V17", GROUP, "random pairs without a seed", run(net("  - connect_pairs: {nodes: n, pairs: "
                        + "{source: random, n: 2}, syn_spec: {synapse_model: gap_junction, weight: 0.1}}\n")), "s.yaml:4:",
                        "needs \"n\" (number of pairs) and \"seed\""),
                new Fault("V18", GROUP, "a negative pair seed", run(net("  - connect_pairs: {nodes: n, pairs: "
                        + "{source: random, n: 2, seed: -1}, syn_spec: {synapse_model: gap_junction, weight: 0.1}}\n")),
                        "s.yaml:4:", "seed must be in [0, 2^32)"),
                new Fault("V19", GROUP, "pairs from an unknown source", run(net("  - connect_pairs: {nodes: n, pairs: "
                        + "{source: web}}\n")), "s.yaml:4:", "source must be \"file\" or \"random\""),
                new Fault("V20", GROUP, "an expression with a dangling operator", run("parameters:\n  a: 2\n"
                        + "simulate: \"${a} *\"\n"), "s.yaml:3:", "cannot evaluate"),
                new Fault("V21", GROUP, "a `${` never closed", run("parameters:\n  a: 2\nsimulate: \"${a} + ${b\"\n"),
                        "s.yaml:3:", "malformed reference"),
                new Fault("V22", GROUP, "a non-symmetric gap junction", run(net("  - connect: {pre: \"n[0]\", post: \"n[1]\", "
                        + "syn_spec: {synapse_model: gap_junction, weight: 0.1}}\n")), "s.yaml:4:", "symmetric"),
                new Fault("V23", GROUP, "a negative resolution", run("kernel: {resolution: -0.1}\nsimulate: 1\n"), "s.yaml:1:",
                        "resolution"),
                new Fault("V24", GROUP, "an unknown kernel setting", run("kernel: {resolutoin: 0.1}\nsimulate: 1\n"), "s.yaml:1:",
                        "resolution"),
                new Fault("V25", GROUP, "an unknown coupling solver", run("kernel: {coupling_solver: magic}\nsimulate: 1\n"),
                        "s.yaml:1:", "magic"),
                new Fault("V26", GROUP, "an infinite parameter value", run("network:\n  - create:\n      model: hh_psc_alpha_gap\n"
                        + "      params: {g_Na: .inf}\nsimulate: 5\n"), "s.yaml:4:", "infinite and not-a-number values are not allowed"),
                new Fault("V27", GROUP, "a record entry from undeclared nodes", run(net("record:\n  - spikes: {from: q}\n")),
                        "s.yaml:5:", "q"),
                new Fault("V28", GROUP, "two `create`s with one name", run(net("  - create: {model: hh_psc_alpha_gap, as: n}\n")),
                        "s.yaml:4:", "exist already"),
                new Fault("V29", GROUP, "a device's start off the grid of the resolution (refused when created; NEST"
                        + " refuses it too)",
                        run(net("record:\n  - spikes:\n      from: n\n      params: {start: 2.25}\n")), "s.yaml:7:",
                        "spike_recorder: start = 2.25 must be a multiple of the resolution"));
    }
}
