package org.syncytium.launcher.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.output.Json;
import org.syncytium.launcher.output.RunOutputs;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.RunOptions;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioRunner;
import org.syncytium.launcher.transaction.OutputTransaction;

/**
 * Runs every (value × seed) point of a sweep, up to {@code jobs} at a time, each in its own
 * {@link Simulator} from the same factory, and reports progress as points finish. The result keeps
 * the order of the points, not of their completion.
 */
public final class SweepRunner {

    private final Scenario scenario;
    private final SimulatorFactory factory;
    private final Predicate<String> installed;
    private final SummaryBuilder summaries;
    private final java.util.SortedMap<Integer, SweepPoint> finished = new java.util.TreeMap<>();
    private final List<String> pointNames = new ArrayList<>();
    private int total;
    private boolean frozen;

    public SweepRunner(Scenario scenario, SimulatorFactory factory, Predicate<String> installed, SummaryBuilder summaries) {
        this.scenario = scenario;
        this.factory = factory;
        this.installed = installed;
        this.summaries = summaries;
    }

    /** The folder name of one point: {@code gap_weight=0.3} or {@code gap_weight=0.3_seed=2}. */
    public static String pointName(String parameter, String value, Long seed) {
        String name = parameter + "=" + value + (seed == null ? "" : "_seed=" + seed);
        name = name.replaceAll("[^A-Za-z0-9_.=+-]", "_");
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** Records a finished point (and stages its folder) unless {@link #freeze()} came first. */
    private synchronized boolean keep(int index, SweepPoint point, Path data, OutputTransaction outputs,
            Map<String, Object> summary) throws IOException {
        if (frozen) {
            return false;
        }
        if (outputs != null) {
            SummaryBuilder.relocateDataPath(summary, data, outputs.folder().resolve("points").resolve(pointNames.get(index)));
            try (OutputStream out = Files.newOutputStream(data.resolve("summary.json"))) {
                Json.of(summary).writeTo(out);
            }
            outputs.adopt(data, "points/" + pointNames.get(index));
        }
        finished.put(index, point);
        return true;
    }

    /**
     * Stops accepting points (an interrupt) and returns those finished so far, in point order; their
     * folders are staged and complete, the others' are not in the outputs.
     */
    public synchronized List<SweepPoint> freeze() {
        frozen = true;
        return new ArrayList<>(finished.values());
    }

    /** The names of the finished points, in order (after {@link #freeze()}: those kept). */
    public synchronized List<String> finishedNames() {
        return finished.keySet().stream().map(pointNames::get).toList();
    }

    /** Number of points of the sweep being run. */
    public synchronized int total() {
        return total;
    }

    /** The parameters of one point, checked (so bad values fail before anything runs). */
    public static Parameters pointParameters(Scenario scenario, List<String> sets, SweepSpec spec, String value, Long seed) {
        Parameters parameters = scenario.parameters();
        for (String set : sets) {
            parameters.set(set);
        }
        parameters.set(spec.name(), value);
        if (seed != null) {
            if (!parameters.declares("seed")) {
                throw new LauncherException("--seeds: the scenario declares no parameter \"seed\" to vary");
            }
            parameters.set("seed", String.valueOf(seed));
        }
        parameters.effective();
        return parameters;
    }

    /**
     * Runs all points.
     *
     * @param seeds   seeds to run each value with; empty for the scenario's own
     * @param threads {@code --threads} for each point, or null
     */
    public List<SweepPoint> run(SweepSpec spec, List<String> sets, List<Long> seeds, Integer threads, int jobs,
            PrintWriter progress) {
        return run(spec, sets, seeds, threads, jobs, progress, null);
    }

    /**
     * Runs all points; with {@code outputs}, each point's recorder files and its {@code summary.json}
     * go to {@code points/<point>/} of the transaction, staged as soon as the point finishes.
     */
    public List<SweepPoint> run(SweepSpec spec, List<String> sets, List<Long> seeds, Integer threads, int jobs,
            PrintWriter progress, OutputTransaction outputs) {
        List<Long> seedList = seeds.isEmpty() ? java.util.Collections.singletonList(null) : seeds;
        List<Parameters> parameterList = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Long> pointSeeds = new ArrayList<>();
        for (String value : spec.values()) {
            for (Long seed : seedList) {
                parameterList.add(pointParameters(scenario, sets, spec, value, seed));
                values.add(value);
                pointSeeds.add(seed);
            }
        }
        synchronized (this) {
            total = parameterList.size();
            for (int i = 0; i < total; i++) {
                pointNames.add(pointName(spec.name(), values.get(i), pointSeeds.get(i)));
            }
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, total)), runnable -> {
            Thread thread = new Thread(runnable, "sweep-point");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SweepPoint>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                Parameters parameters = parameterList.get(i);
                String value = values.get(i);
                Long seed = pointSeeds.get(i);
                String name = pointNames.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    Path data = outputs == null ? null : Files.createDirectories(outputs.scratch().resolve("points").resolve(name));
                    RunResult result;
                    try (Simulator simulator = factory.newSimulator()) {
                        result = new ScenarioRunner(scenario, parameters, installed)
                                .run(simulator, new RunOptions(threads, null, true, data));
                    }
                    if (data != null) {
                        result = RunOutputs.loadRecordedFiles(result, data);
                    }
                    SweepPoint point = new SweepPoint(value, seed, summaries.metrics(result));
                    if (!keep(index, point, data, outputs, summaries.build(result))) {
                        return point; // interrupted meanwhile: this point is not part of the outputs
                    }
                    int finished = done.incrementAndGet();
                    synchronized (progress) {
                        progress.printf(Locale.ROOT, "[ %d/%d ] %s=%s%s: rate %.2f Hz%n", finished, total, spec.name(), value,
                                seed == null ? "" : " seed=" + seed, point.metric("rate_hz"));
                        progress.flush();
                    }
                    return point;
                }));
            }
            List<SweepPoint> points = new ArrayList<>();
            for (Future<SweepPoint> future : futures) {
                points.add(future.get());
            }
            return points;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("sweep interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new LauncherException("a sweep point failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
