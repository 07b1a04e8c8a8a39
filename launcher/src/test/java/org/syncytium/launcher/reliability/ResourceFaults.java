package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.run;

import java.util.List;

import org.syncytium.launcher.cli.ErrorReporter;

/** Networks and values too large for the memory Java has: refused before building, in one line. */
final class ResourceFaults {

    private static final String GROUP = "resources";

    private ResourceFaults() {
    }

    /** Parameters a1..a{n}, each the previous twice: a text that doubles n times. */
    private static String doubling(int n) {
        StringBuilder yaml = new StringBuilder("parameters:\n  a0: \"xx\"\n");
        for (int i = 1; i <= n; i++) {
            yaml.append("  a").append(i).append(": \"${a").append(i - 1).append("}${a").append(i - 1).append("}\"\n");
        }
        return yaml.append("kernel: {data_prefix: \"${a").append(n).append("}\"}\nsimulate: 1\n").toString();
    }

    /** Parameters b0..b{n}, each referring to the next. */
    private static String chain(int n) {
        StringBuilder yaml = new StringBuilder("parameters:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  b").append(i).append(": ${b").append(i + 1).append("}\n");
        }
        return yaml.append("  b").append(n).append(": 1.0\nsimulate: ${b0}\n").toString();
    }

    static List<Fault> all() {
        return List.of(
                new Fault("R1", GROUP, "a billion neurons", run("network:\n  - create: {model: hh_psc_alpha_gap, n: 1000000000}\n"
                        + "simulate: 1\n"), "s.yaml:2:", "need about", "available; raise it with JAVA_OPTS=-Xmx"),
                new Fault("R2", GROUP, "two billion random pairs", run("network:\n  - create: {model: hh_psc_alpha_gap, n: 10, as: n}\n"
                        + "  - connect_pairs: {nodes: n, pairs: {source: random, n: 2000000000, seed: 1}}\nsimulate: 1\n"),
                        "s.yaml:3:", "2000000000 pairs need about", "JAVA_OPTS=-Xmx"),
                new Fault("R3", GROUP, "all-to-all between 100,000 neurons (10^10 connections)", run("network:\n"
                        + "  - create: {model: hh_psc_alpha_gap, n: 100000, as: n}\n"
                        + "  - connect: {pre: n, post: n, conn_spec: {rule: all_to_all}}\nsimulate: 1\n"), "s.yaml:3:",
                        "the connections of this step need about", "JAVA_OPTS=-Xmx"),
                new Fault("R4", GROUP, "an indegree of 10^9", run("network:\n  - create: {model: hh_psc_alpha_gap, n: 10, as: n}\n"
                        + "  - connect: {pre: n, post: n, conn_spec: {rule: fixed_indegree, indegree: 1000000000}}\nsimulate: 1\n"),
                        "s.yaml:3:", "need about"),
                new Fault("R5", GROUP, "a parameter text that doubles itself 30 times", run(doubling(30)), "s.yaml:",
                        "grows longer than 10000 characters"),
                new Fault("R6", GROUP, "parameters referring to each other 100 deep", run(chain(100)),
                        "more than 64 deep"),
                new Fault("R7", GROUP, "an expression nested 500 parentheses deep", run("parameters:\n  a: 1\nsimulate: \""
                        + "(".repeat(500) + "${a}" + ")".repeat(500) + " + 1\"\n"), "s.yaml:3:", "nested more than 100 deep"),
                new Fault("R8", GROUP, "an OutOfMemoryError that gets through anyway",
                        folder -> ErrorReporter.message(new RuntimeException(new OutOfMemoryError("Java heap space"))),
                        "out of memory: Java may use at most", "raise it with JAVA_OPTS=-Xmx"),
                new Fault("R9", GROUP, "a StackOverflowError", folder -> ErrorReporter.message(new StackOverflowError()),
                        "stack overflow", "JAVA_OPTS=-Xss"));
    }
}
