package org.syncytium.launcher.sweep;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.scenario.Parameters;
import org.syncytium.launcher.scenario.RunOptions;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioRunner;

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

    public SweepRunner(Scenario scenario, SimulatorFactory factory, Predicate<String> installed, SummaryBuilder summaries) {
        this.scenario = scenario;
        this.factory = factory;
        this.installed = installed;
        this.summaries = summaries;
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
        int total = parameterList.size();
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
                futures.add(pool.submit(() -> {
                    RunResult result;
                    try (Simulator simulator = factory.newSimulator()) {
                        result = new ScenarioRunner(scenario, parameters, installed)
                                .run(simulator, new RunOptions(threads, null, true));
                    }
                    SweepPoint point = new SweepPoint(value, seed, summaries.metrics(result));
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
