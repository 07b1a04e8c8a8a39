package org.syncytium.launcher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.ExtensionPoint;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.interrupt.Interrupts;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.figures.Figure;
import org.syncytium.launcher.sweep.ParameterUnit;
import org.syncytium.launcher.sweep.SweepFigure;
import org.syncytium.launcher.sweep.SweepWarnings;
import org.syncytium.launcher.sweep.SweepPoint;
import org.syncytium.launcher.sweep.SweepRunner;
import org.syncytium.launcher.sweep.SweepSpec;
import org.syncytium.launcher.sweep.SweepTable;
import org.syncytium.launcher.transaction.OutputTransaction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code syncytium sweep}: a scenario over a range of one parameter and several seeds, in parallel. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario for every value of one parameter (and every seed) in parallel; "
                + "write sweep.csv and sweep.png (rate and synchrony against the parameter).")
public final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private ModelFilesOption modelFiles = new ModelFilesOption();

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    private Path scenarioFile;

    @Option(names = "--param", required = true, paramLabel = "NAME=VALUES",
            description = "Parameter and values: name=v1,v2,... or name=start:stop:step (stop included).")
    private String param;

    @Option(names = "--seeds", paramLabel = "S1,S2,...", description = "Seeds to run every value with (the scenario's seed parameter).")
    private String seeds;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override another parameter for all points (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Virtual processes per point.")
    private Integer threads;

    @Option(names = "--jobs", paramLabel = "N", description = "Points run at the same time (default: cores / threads per point).")
    private Integer jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario>-sweep-<timestamp>/).")
    private Path out;

    @Option(names = "--overwrite", description = "Replace the previous run's files in the output folder (those its "
            + "manifest.json lists; other files stay).")
    private boolean overwrite;

    @Override
    public Integer call() {
        modelFiles.checkFiles();
        Scenario scenario = Scenario.load(scenarioFile);
        SweepSpec sweep = SweepSpec.parse(param);
        List<Long> seedList = seeds == null ? List.of() : SweepSpec.seeds(seeds);
        List<String> allSets = new ArrayList<>(sets);
        if (threads != null) {
            if (threads < 1) {
                throw new LauncherException("--threads must be >= 1, found " + threads);
            }
            if (scenario.parameters().declares("threads")) {
                allSets.add("threads=" + threads);
            }
        }
        // Check every point's parameters before booting anything.
        for (String value : sweep.values()) {
            SweepRunner.pointParameters(scenario, allSets, sweep, value, seedList.isEmpty() ? null : seedList.get(0));
        }
        int perPoint = threadsPerPoint(scenario, allSets, sweep, threads);
        int parallel = jobs != null ? jobs : Math.max(1, Runtime.getRuntime().availableProcessors() / perPoint);
        if (parallel < 1) {
            throw new LauncherException("--jobs must be >= 1, found " + parallel);
        }
        Path folder = out != null ? out : RunCommand.freshFolder(scenario.name() + "-sweep-");
        int total = sweep.values().size() * Math.max(1, seedList.size());
        String unit = ParameterUnit.of(scenario, sweep.name());
        try (OutputTransaction outputs = OutputTransaction.begin(folder, overwrite, "sweep " + scenario.name())) {
            spec.commandLine().getErr().printf("Sweep of %s over %d value(s) x %d seed(s) = %d runs, %d at a time%n",
                    sweep.name(), sweep.values().size(), Math.max(1, seedList.size()), total, parallel);
            AtomicReference<SweepRunner> running = new AtomicReference<>();
            try (Interrupts.Registration interrupt = Interrupts.onInterrupt(() -> stop(outputs, running.get(), sweep, unit, total));
                    EmbeddedFramework framework = root.openFramework()) {
                SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
                modelFiles.load(framework, factory);
                SweepRunner runner = new SweepRunner(scenario, factory, ExtensionPoint.installedIn(factory), SummaryBuilder.standard());
                running.set(runner);
                List<SweepPoint> points = runner.run(sweep, allSets, seedList, threads, parallel, spec.commandLine().getErr(),
                        outputs);
                writeTables(outputs, sweep, unit, points);
                outputs.commit();
                for (String warning : SweepWarnings.undefinedMetrics(points)) {
                    spec.commandLine().getErr().println("warning: " + warning);
                }
                spec.commandLine().getOut().println("Sweep done: " + points.size() + " runs; "
                        + folder.resolve("sweep.csv") + ", " + folder.resolve("sweep.png") + " (and .svg), one folder per point in "
                        + folder.resolve("points"));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (RuntimeException e) {
                throw outputs.inUserTerms(e); // a point's recorder that could not write: named in the output folder
            }
        }
    }

    /** sweep.csv and the sweep figure; {@code unit} is the swept parameter's unit or null. */
    private static void writeTables(OutputTransaction outputs, SweepSpec sweep, String unit, List<SweepPoint> points) {
        outputs.write("sweep.csv", SweepTable.csv(sweep.name(), points));
        Figure figure = SweepFigure.of(sweep.name(), unit, points);
        outputs.write(figure.pngName(), figure.png());
        outputs.write(figure.svgName(), figure.svg());
    }

    /**
     * What Ctrl-C does during a sweep: the points finished so far are kept, complete (their folders
     * and their rows of sweep.csv and sweep.png); the others are not written.
     */
    static String stop(OutputTransaction outputs, SweepRunner runner, SweepSpec sweep, String unit, int total) {
        List<SweepPoint> kept = runner == null ? List.of() : runner.freeze();
        if (kept.isEmpty()) {
            boolean aborted = outputs.abort();
            outputs.close();
            outputs.sweepScratch(1000);
            return aborted ? "interrupted after 0 of " + total + " points; no outputs written"
                    : "interrupted after the outputs were written to " + outputs.shown();
        }
        try {
            writeTables(outputs, sweep, unit, kept);
            outputs.commit();
        } catch (RuntimeException e) {
            outputs.close();
            outputs.sweepScratch(1000);
            return "interrupted; the " + kept.size() + " finished points could not be kept: " + e.getMessage();
        }
        outputs.close();
        outputs.sweepScratch(1000); // points still running may create their folder once more
        List<String> names = runner.finishedNames();
        String list = String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
        return "interrupted: kept " + kept.size() + " of " + total + " points (" + list + ") in " + outputs.shown()
                + "; the others were not written";
    }

    private static int threadsPerPoint(Scenario scenario, List<String> sets, SweepSpec sweep, Integer threads) {
        if (threads != null) {
            return threads;
        }
        Parameters parameters = SweepRunner.pointParameters(scenario, sets, sweep, sweep.values().get(0), null);
        if (parameters.declares("threads")) {
            Object value = parameters.effective().get("threads");
            if (value instanceof Number n && n.intValue() >= 1) {
                return Math.min(n.intValue(), Runtime.getRuntime().availableProcessors());
            }
        }
        return 1;
    }
}
