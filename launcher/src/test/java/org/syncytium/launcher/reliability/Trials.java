package org.syncytium.launcher.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.Simulator;
import org.syncytium.launcher.cli.CommandLines;
import org.syncytium.launcher.cli.ErrorReporter;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.RunOptions;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioRunner;
import org.syncytium.launcher.scenario.TestKernels;

/** The ways a fault is tried: loading a scenario, running it on a class-path kernel, the command line. */
final class Trials {

    /** The name every scenario written by a trial has (answers say {@code s.yaml:LINE:}). */
    static final String SCENARIO = "s.yaml";

    /** A failure the trial expected but did not get. */
    static final class NoError extends AssertionError {
        private static final long serialVersionUID = 1L;

        NoError(String what) {
            super("expected an error from " + what + ", but it succeeded");
        }
    }

    private Trials() {
    }

    /** A fault found when {@code yaml} is loaded. */
    static Fault.Trial load(String yaml) {
        return folder -> {
            Path file = write(folder, SCENARIO, yaml);
            try {
                Scenario.load(file);
            } catch (RuntimeException e) {
                return ErrorReporter.message(e);
            }
            throw new NoError("loading the scenario");
        };
    }

    /** A fault found when {@code yaml} is loaded and run (with {@code --set}s) on the class-path kernel. */
    static Fault.Trial run(String yaml, String... sets) {
        return folder -> {
            Path file = write(folder, SCENARIO, yaml);
            try {
                Scenario scenario = Scenario.load(file);
                Parameters parameters = scenario.parameters();
                for (String set : sets) {
                    parameters.set(set);
                }
                Path staging = Files.createDirectories(folder.resolve("staging"));
                try (Simulator simulator = TestKernels.factory().newSimulator()) {
                    new ScenarioRunner(scenario, parameters, name -> true)
                            .run(simulator, new RunOptions(null, null, true, staging));
                }
            } catch (RuntimeException | Error e) {
                return ErrorReporter.message(e);
            }
            throw new NoError("running the scenario");
        };
    }

    /**
     * The command line, in this JVM (for faults found before the framework boots); {@code {dir}} in
     * an argument is the trial's folder. The answer is stderr; a zero exit status fails the trial.
     */
    static Fault.Trial cli(String... args) {
        return folder -> cliIn(folder, args);
    }

    static String cliIn(Path folder, String... args) {
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            resolved.add(arg.replace("{dir}", folder.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLines.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(resolved.toArray(String[]::new));
        if (status == 0) {
            throw new NoError(String.join(" ", args));
        }
        String text = err.toString().trim();
        // picocli adds a usage hint on a second line; the error itself is the first.
        return status == CommandLines.USAGE ? text.lines().findFirst().orElse("") : text;
    }

    /** Writes a text file into the trial's folder. */
    static Path write(Path folder, String name, String text) throws java.io.IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A small valid scenario: two neurons, spikes to a file, 5 ms. {@code extra} is appended to its network. */
    static String tiny(String recordExtra) {
        return "name: tiny\nparameters:\n  simtime: 5.0\nnetwork:\n  - create: {model: hh_psc_alpha_gap, n: 2, as: n}\n"
                + "record:\n  - spikes: {from: n, file: spikes.csv}\n" + recordExtra + "simulate: ${simtime}\n";
    }
}
