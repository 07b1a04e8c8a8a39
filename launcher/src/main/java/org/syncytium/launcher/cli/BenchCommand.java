package org.syncytium.launcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.ExtensionPoint;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.bench.Alternation;
import org.syncytium.launcher.bench.BenchReport;
import org.syncytium.launcher.bench.JitActivity;
import org.syncytium.launcher.bench.MemoryProbe;
import org.syncytium.launcher.bench.ReferenceTimings;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.RunOptions;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code syncytium bench}: times the seed network (or a scenario) in one process: warm-up runs, then
 * repetitions, each on a fresh simulator; prints build and simulate time (median and range),
 * neuron-steps per second, WFR iterations, peak memory and the heap the network holds, and with
 * {@code --compare} the ratio against reference timings (e.g. benchmarks/nest-3.10-timings.csv).
 * Writes no file.
 *
 * <p>The scenario's optional recorders ({@code optional: true}: the seed network's synchrony
 * monitor, which samples every neuron's V_m every 0.1 ms) are left out unless {@code --all-recorders}
 * is given: NEST's gallery script, which the reference timings run, records spikes only, and a
 * comparison times the same work on both sides.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the seed network (or a scenario): warm-up, repetitions, medians, memory; "
                + "--compare prints ratios against reference timings. Writes no file.")
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: " + RunCommand.DEFAULT_SCENARIO + ").")
    private Path scenarioFile;

    @Option(names = "--neurons", paramLabel = "N",
            description = "Network size (the scenario's n_neuron; sizes other than 500 draw random gap pairs). "
                    + "Default: the scenario's.")
    private Integer neurons;

    @Option(names = "--simtime", paramLabel = "MS",
            description = "Simulated time in ms (default: the scenario's for 500 neurons, 51 for 5,000, 11 above, "
                    + "as in the NEST reference timings).")
    private Double simtime;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Virtual processes = worker threads (default: ${DEFAULT-VALUE}, as the NEST reference timings).")
    private int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--settle",
            description = "After the --warmup runs, keep warming up (at most " + MAX_SETTLING_RUNS + " more runs) until a "
                    + "run's JIT compilation took at most 5 %% of its simulate time: the timed runs then show the steady "
                    + "pace rather than the compilers' work of the first simulators.")
    private boolean settle;

    private static final int MAX_SETTLING_RUNS = 20;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    private int repetitions;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scenario parameter (repeatable), "
            + "e.g. use_wfr=false or integrator=rkf45.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--all-recorders",
            description = "Also time the scenario's optional recorders (the seed network's synchrony monitor). "
                    + "Default: left out, as NEST's script, which the reference timings run, records spikes only.")
    private boolean allRecorders;

    @Option(names = "--alternate", paramLabel = "NAME=A,B",
            description = "Compare variants run by run in this process: set Java system property NAME to A, B, ... "
                    + "in turn before each run; prints each value's median and per-cycle ratios. Only settings read "
                    + "when a simulator is made follow it.")
    private String alternate;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "CSV of reference timings (columns case, <name>_simulate_s; e.g. benchmarks/nest-3.10-timings.csv).")
    private Path compare;

    @Override
    public Integer call() {
        if (warmup < 0 || repetitions < 1) {
            throw new LauncherException("--warmup must be >= 0 and --repetitions >= 1");
        }
        ReferenceTimings reference = compare == null ? null : ReferenceTimings.read(compare);
        Alternation alternation = alternate == null ? null : Alternation.parse(alternate);
        Scenario scenario = Scenario.load(scenarioFile != null ? scenarioFile : Distribution.sourceFile(RunCommand.DEFAULT_SCENARIO));
        Parameters parameters = RunCommand.parameters(scenario, benchSets(scenario), threads);
        Map<String, Object> effective = parameters.effective();
        PrintWriter out = spec.commandLine().getOut();
        BenchReport report = new BenchReport(scenario.name(), effective, threads);
        out.println(report.header());
        out.println(allRecorders ? "optional recorders: timed (--all-recorders)"
                : "optional recorders: left out, as in NEST's script (--all-recorders times them too)");
        out.flush();
        try (EmbeddedFramework framework = root.openFramework()) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            // with --settle, warm-up runs go on until one ran with little JIT compilation (or the limit is reached)
            boolean settled = !settle;
            int warmups = 0;
            int timedRuns = 0;
            for (int run = 0; timedRuns < repetitions; run++) {
                boolean timed = warmups >= warmup && settled;
                String variant = alternation == null ? "" : "   " + alternation.name() + "=" + alternation.apply(run);
                long baseline = MemoryProbe.heapAfterGc();
                long jitBefore = JitActivity.totalMillis();
                Measured measured = runOnce(factory, scenario, parameters, baseline);
                long jitAfter = JitActivity.totalMillis();
                double jitSeconds = jitBefore < 0 || jitAfter < 0 ? -1.0 : (jitAfter - jitBefore) / 1000.0;
                report.add(measured.result(), measured.networkHeap(), jitSeconds, timed);
                if (alternation != null) {
                    alternation.record(run, timed, measured.result().simulateSeconds());
                }
                out.println(report.runLine(timed ? "run " + (timedRuns + 1) + "/" + repetitions : "warm-up " + (warmups + 1))
                        + variant);
                if (timed) {
                    timedRuns++;
                } else {
                    warmups++;
                    if (!settled && warmups >= warmup) {
                        settled = JitActivity.settled(jitSeconds, measured.result().simulateSeconds());
                        if (!settled && warmups >= warmup + MAX_SETTLING_RUNS) {
                            out.println("  (--settle: the JIT still compiled after " + warmups
                                    + " warm-up runs; timing from here)");
                            settled = true;
                        }
                    }
                }
                out.flush();
            }
        } finally {
            if (alternation != null) {
                alternation.restore();
            }
        }
        report.peakRss(MemoryProbe.peakRssBytes());
        out.print(report.summary(reference));
        if (alternation != null) {
            out.print(alternation.summary());
        }
        out.flush();
        return 0;
    }

    /** One run's result and the heap its simulator held (bytes). */
    private record Measured(RunResult result, long networkHeap) {
    }

    /** One run on a fresh simulator, closed before this returns. */
    private Measured runOnce(SimulatorFactory factory, Scenario scenario, Parameters parameters, long baseline) {
        try (Simulator simulator = factory.newSimulator()) {
            // an optional recorder is made only if its model is installed: "not installed" leaves it out
            Predicate<String> installed = allRecorders ? ExtensionPoint.installedIn(factory) : model -> false;
            ScenarioRunner runner = new ScenarioRunner(scenario, parameters, installed);
            RunResult result = runner.run(simulator, new RunOptions(threads, null, true));
            return new Measured(result, MemoryProbe.heapAfterGc() - baseline);
        }
    }

    /** --neurons and --simtime as scenario parameters, then the user's --set (which win). */
    private List<String> benchSets(Scenario scenario) {
        List<String> all = new ArrayList<>();
        Parameters declared = scenario.parameters();
        if (neurons != null) {
            if (neurons < 2) {
                throw new LauncherException("--neurons must be >= 2, found " + neurons);
            }
            requireDeclared(declared, "n_neuron", "--neurons");
            all.add("n_neuron=" + neurons);
            if (neurons != 500 && declared.declares("gap_pairs")) {
                all.add("gap_pairs=random"); // NEST's numpy pair file exists for 500 neurons only
            }
        }
        Double time = simtime;
        if (time == null && neurons != null && neurons != 500) {
            time = neurons <= 5000 ? 51.0 : 11.0;
        }
        if (time != null) {
            if (!(time > 0)) {
                throw new LauncherException("--simtime must be > 0 ms, found " + time);
            }
            requireDeclared(declared, "simtime", "--simtime");
            all.add(String.format(Locale.ROOT, "simtime=%s", time));
        }
        all.addAll(sets);
        return all;
    }

    private static void requireDeclared(Parameters declared, String name, String option) {
        if (!declared.declares(name)) {
            throw new LauncherException(option + " needs a scenario with a '" + name + "' parameter");
        }
    }
}
