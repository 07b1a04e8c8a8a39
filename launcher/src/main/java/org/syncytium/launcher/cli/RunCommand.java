package org.syncytium.launcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.ExtensionPoint;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.interrupt.Interrupts;
import org.syncytium.launcher.mpirun.MpirunOutput;
import org.syncytium.launcher.output.ProgressPrinter;
import org.syncytium.launcher.output.RunOutputs;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.output.SummaryPrinter;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.RunOptions;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioRunner;
import org.syncytium.launcher.transaction.OutputTransaction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code syncytium run}: one simulation of a scenario file, with outputs in a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario file: progress while it runs, a summary at the end, and spikes.csv (with "
                + "spikes.h5 and spikes.gdf), summary.json and the figures (PNG and SVG) in the output folder.")
public final class RunCommand implements Callable<Integer> {

    /** The scenario run when none is named. */
    public static final String DEFAULT_SCENARIO = "examples/gap_junctions_inhibitory.yaml";

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private ModelFilesOption modelFiles = new ModelFilesOption();

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: " + DEFAULT_SCENARIO + ").")
    private Path scenarioFile;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scenario parameter (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Virtual processes (sets the scenario's threads parameter).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario>-<timestamp>/).")
    private Path out;

    @Option(names = "--overwrite", description = "Replace the previous run's files in the output folder (those its "
            + "manifest.json lists; other files stay).")
    private boolean overwrite;

    @Option(names = "--report", description = "Also write report.html: the whole run (summary, figures, WFR statistics, "
            + "parameters, kernel status, bundle versions) as one self-contained page.")
    private boolean report;

    @Override
    public Integer call() {
        modelFiles.checkFiles();
        Scenario scenario = Scenario.load(scenarioFile != null ? scenarioFile : Distribution.sourceFile(DEFAULT_SCENARIO));
        Parameters parameters = parameters(scenario, sets, threads);
        parameters.effective(); // resolve every value now: a bad --set fails before the framework boots
        if (ProcessRank.of(System.getenv()) > 0) {
            return follow(scenario, parameters);
        }
        Path folder = out != null ? out : defaultFolder(scenario.name());
        PrintWriter stdout = spec.commandLine().getOut();
        AtomicReference<Simulator> running = new AtomicReference<>();
        // Recorders stream their CSV files into the transaction's staging folder; nothing appears in
        // the output folder until every file is complete.
        try (OutputTransaction outputs = OutputTransaction.begin(folder, overwrite, "run " + scenario.name());
                Interrupts.Registration interrupt = Interrupts.onInterrupt(() -> stop(outputs, running.get()));
                EmbeddedFramework framework = root.openFramework()) {
            try {
                return runAndCommit(scenario, parameters, folder, stdout, running, outputs, framework);
            } catch (RuntimeException e) {
                throw outputs.inUserTerms(e);
            }
        }
    }

    /** The run itself inside its output transaction: simulate, write the outputs, commit, print the summary. */
    private Integer runAndCommit(Scenario scenario, Parameters parameters, Path folder, PrintWriter stdout,
            AtomicReference<Simulator> running, OutputTransaction outputs, EmbeddedFramework framework) {
        SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
        modelFiles.load(framework, factory);
        agree(framework, scenario, parameters);
        RunResult result;
        try (Simulator simulator = factory.newSimulator()) {
            running.set(simulator);
            ScenarioRunner runner = new ScenarioRunner(scenario, parameters, ExtensionPoint.installedIn(factory));
            result = runner.run(simulator, new RunOptions(threads, ProgressPrinter.forStderr(), false, outputs.staging()));
        }
        result = RunOutputs.loadRecordedFiles(result, outputs.staging());
        Map<String, Object> summary = RunOutputs.write(outputs, result, SummaryBuilder.standard(), true,
                report ? framework.bundles() : null);
        outputs.commit();
        if (ProcessRank.size(System.getenv()) > 1) {
            // what a rank that dies from now on cannot undo; MpirunOutput reads it (a raw mpirun shows it)
            System.err.println(MpirunOutput.committedLine(outputs.shown(), outputs.committedFiles()));
            System.err.flush();
        }
        SummaryPrinter.print(stdout, summary, folder);
        stdout.flush();
        return 0;
    }

    /**
     * A process other than rank 0 of an MPI job: runs its share of the network and writes nothing
     * (rank 0 records every spike and writes the outputs).
     */
    private Integer follow(Scenario scenario, Parameters parameters) {
        // Stopped by mpirun because another process failed, or by the user: rank 0 says so, once.
        try (Interrupts.Registration quiet = Interrupts.onInterrupt(() -> null)) {
            try {
                return followQuietly(scenario, parameters);
            } catch (RankAgreement.Disagreement e) {
                // Every process found it; rank 0 says it. Exiting now with an error could make mpirun
                // stop rank 0 before it has printed the line, so wait for mpirun to stop this process.
                RankAgreement.awaitStop();
                throw e;
            }
        }
    }


    private Integer followQuietly(Scenario scenario, Parameters parameters) {
        try (EmbeddedFramework framework = root.openFramework()) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            modelFiles.load(framework, factory);
            agree(framework, scenario, parameters);
            try (Simulator simulator = factory.newSimulator()) {
                new ScenarioRunner(scenario, parameters, ExtensionPoint.installedIn(factory))
                        .run(simulator, new RunOptions(threads, (now, end, rate) -> { }, true));
            }
        }
        return 0;
    }

    /** In an MPI job: every process runs the same scenario file with the same parameter values. */
    private void agree(EmbeddedFramework framework, Scenario scenario, Parameters parameters) {
        RankAgreement.check(framework, ProcessRank.size(System.getenv()), scenario.file(), parameters.effective(),
                modelFiles.files());
    }

    /** What Ctrl-C does during a run: abort the outputs and say where the model was. */
    static String stop(OutputTransaction outputs, Simulator simulator) {
        boolean aborted = outputs.abort();
        outputs.close();
        if (!aborted) {
            return "interrupted after the outputs were written to " + outputs.shown();
        }
        // In an MPI job mpirun sends the signal when another process ended (failed, or was killed) or
        // the job was cancelled: say so, for users of a raw mpirun whose -q hides mpirun's own report.
        String cause = ProcessRank.size(System.getenv()) > 1
                ? " (mpirun stopped the job: another process ended, or the job was cancelled)" : "";
        return String.format(Locale.ROOT, "interrupted at model time %.1f ms%s; no outputs written", modelTime(simulator),
                cause);
    }

    /** The kernel's {@code biological_time}, read from another thread (0 before the run starts). */
    static double modelTime(Simulator simulator) {
        if (simulator == null) {
            return 0;
        }
        try {
            return simulator.getKernelStatus("biological_time") instanceof Number n ? n.doubleValue() : 0;
        } catch (RuntimeException e) {
            return 0;
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
        return freshFolder(scenarioName + "-");
    }

    /**
     * {@code runs/<prefix><yyyyMMdd-HHmmss>}, with {@code -2}, {@code -3}, ... if a run of the same
     * second has it already (a default folder is never refused for holding another run's files).
     */
    static Path freshFolder(String prefix) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path folder = Path.of("runs", prefix + stamp);
        for (int n = 2; java.nio.file.Files.exists(folder) || java.nio.file.Files.exists(
                Path.of("runs", "." + folder.getFileName() + ".syncytium-lock")); n++) {
            folder = Path.of("runs", prefix + stamp + "-" + n);
        }
        return folder;
    }
}
