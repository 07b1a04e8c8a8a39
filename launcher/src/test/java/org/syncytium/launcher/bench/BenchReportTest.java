package org.syncytium.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.launcher.scenario.RunResult;

class BenchReportTest {

    private static RunResult run(double simulateSeconds) {
        Map<String, Object> status = Map.of("num_connections", 1000, "resolution", 0.05, "wfr_iterations_mean", 3.0,
                "wfr_iterations_max", 4, "time_update", simulateSeconds * 0.8);
        return new RunResult("s", Map.of("n_neuron", 100, "simtime", 10.0), 10.0, 0.1, simulateSeconds, List.of(), status);
    }

    @Test
    void networkHeapIsTheMedianOfAllRunsNotOneReading() {
        BenchReport report = new BenchReport("s", Map.of("n_neuron", 100, "simtime", 10.0, "gap_weight", 0.3), 2);
        // a warm-up and three timed runs; one reading caught garbage, one lost some to a late collection
        report.add(run(2.0), 20_000_000, false);
        report.add(run(1.0), 2_000_000, true);
        report.add(run(1.2), 2_000_000, true);
        report.add(run(1.1), 500_000, true);
        String summary = report.summary(null);
        assertTrue(summary.contains("network heap     2.0 MB median of 4 runs"), summary);
        assertTrue(summary.contains("20000 B per neuron, or 2000.0 B per connection (1000 connections"), summary);
        assertTrue(summary.contains("simulate time    1.10 s median (1.00-1.20, 3 runs)"), summary);
        assertTrue(summary.contains("time_update 0.88 s"), summary);
    }

    @Test
    void jitCompilationIsReportedPerRunAndAsAMedian() {
        BenchReport report = new BenchReport("s", Map.of("n_neuron", 100, "simtime", 10.0, "gap_weight", 0.3), 2);
        report.add(run(2.0), 1, 4.5, false);
        assertTrue(report.runLine("warm-up 1").endsWith("JIT 4.50 s"), report.runLine("warm-up 1"));
        report.add(run(1.0), 1, 0.30, true);
        report.add(run(1.0), 1, 0.02, true);
        report.add(run(1.0), 1, 0.01, true);
        String summary = report.summary(null);
        assertTrue(summary.contains("JIT compiling    0.02 s median (0.01-0.30) per timed run"), summary);
        BenchReport unknown = new BenchReport("s", Map.of("n_neuron", 100, "simtime", 10.0, "gap_weight", 0.3), 2);
        unknown.add(run(1.0), 1, true); // a JVM that does not tell: no JIT figures at all
        assertTrue(unknown.runLine("run 1/1").endsWith("WFR iterations 3.00"), unknown.runLine("run 1/1"));
        assertTrue(!unknown.summary(null).contains("JIT"), unknown.summary(null));
    }

    @Test
    void aRunIsSettledWhenTheJitWorkedAtMostAFewPerCentOfItsSimulateTime() {
        assertTrue(JitActivity.settled(0.03, 1.0));
        assertTrue(!JitActivity.settled(0.06, 1.0));
        assertTrue(!JitActivity.settled(0.9, 0.9));
        assertTrue(JitActivity.settled(-1.0, 1.0), "unknown must not warm up for ever");
        assertTrue(JitActivity.totalMillis() >= -1);
    }

    @Test
    void heapAfterGcReadsNoMoreThanOneCollectionLeaves() {
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1 << 16];
        }
        long withGarbage = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        garbage = null;
        long after = MemoryProbe.heapAfterGc();
        assertTrue(after > 0 && after < withGarbage, after + " after collections, " + withGarbage + " with 4 MiB of garbage");
    }
}
