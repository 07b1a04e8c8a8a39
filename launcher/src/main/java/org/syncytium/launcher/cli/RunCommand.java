package org.syncytium.launcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.ExtensionPoint;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.output.ProgressPrinter;
import org.syncytium.launcher.output.RunOutputs;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.output.SummaryPrinter;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.RunOptions;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code syncytium run}: one simulation of a scenario file, with outputs in a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario file: progress while it runs, a summary at the end, and spikes.csv, "
                + "summary.json and raster.png in the output folder.")
public final class RunCommand implements Callable<Integer> {

    /** The scenario run when none is named. */
    public static final String DEFAULT_SCENARIO = "examples/gap_junctions_inhibitory.yaml";

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: " + DEFAULT_SCENARIO + ").")
    private Path scenarioFile;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scenario parameter (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Virtual processes (sets the scenario's threads parameter).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario>-<timestamp>/).")
    private Path out;

    @Override
    public Integer call() {
        Scenario scenario = Scenario.load(scenarioFile != null ? scenarioFile : Distribution.sourceFile(DEFAULT_SCENARIO));
        Parameters parameters = parameters(scenario, sets, threads);
        parameters.effective(); // resolve every value now: a bad --set fails before the framework boots
        Path folder = out != null ? out : defaultFolder(scenario.name());
        boolean created = !Files.exists(folder);
        PrintWriter stdout = spec.commandLine().getOut();
        Path recording = null;
        // Ctrl-C (or a kill) must not leave half-written recorder files or an empty folder behind.
        Thread cleanup = new Thread(() -> {
            deleteRecursively(folder, ".recording-");
            if (created) {
                removeIfEmpty(folder);
            }
        }, "syncytium-run-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (EmbeddedFramework framework = root.openFramework()) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            // Recorders stream their CSV files into a hidden folder inside the output folder; the
            // files are moved into place only when the whole run succeeded.
            recording = recordingFolder(folder);
            RunResult result;
            try (Simulator simulator = factory.newSimulator()) {
                ScenarioRunner runner = new ScenarioRunner(scenario, parameters, ExtensionPoint.installedIn(factory));
                result = runner.run(simulator, new RunOptions(threads, ProgressPrinter.forStderr(), false, recording));
            }
            result = RunOutputs.loadRecordedFiles(result, recording);
            Map<String, Object> summary = RunOutputs.write(folder, result, SummaryBuilder.standard(), true, recording);
            SummaryPrinter.print(stdout, summary, folder);
            return 0;
        } catch (RuntimeException e) {
            if (recording != null) {
                deleteRecursively(recording);
                recording = null;
            }
            if (created) {
                removeIfEmpty(folder);
            }
            throw e;
        } finally {
            if (recording != null) {
                deleteRecursively(recording);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }

    /** Deletes the hidden recording folders ({@code prefix*}) inside {@code folder}. */
    private static void deleteRecursively(Path folder, String prefix) {
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(prefix)
                    || p.getFileName().toString().endsWith(".tmp")).toList()) {
                deleteRecursively(entry);
            }
        } catch (IOException e) {
            // the folder is not there: nothing to clean
        }
    }

    private static Path recordingFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.createTempDirectory(folder, ".recording-");
        } catch (IOException e) {
            throw new LauncherException("cannot create the output folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path path) {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover hidden folder holds only incomplete recorder files
        }
    }

    /** The scenario's parameters with {@code --set} and {@code --threads} applied. */
    static Parameters parameters(Scenario scenario, List<String> sets, Integer threads) {
        Parameters parameters = scenario.parameters();
        if (threads != null) {
            if (threads < 1) {
                throw new LauncherException("--threads must be >= 1, found " + threads);
            }
            if (parameters.declares("threads")) {
                parameters.set("threads", String.valueOf(threads));
            }
        }
        for (String set : sets) {
            parameters.set(set);
        }
        return parameters;
    }

    static Path defaultFolder(String scenarioName) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", scenarioName + "-" + stamp);
    }

    static void removeIfEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            // not there or not empty: leave it
        }
    }
}
