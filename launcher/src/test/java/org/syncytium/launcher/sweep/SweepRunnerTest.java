package org.syncytium.launcher.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.output.SummaryBuilder;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioException;
import org.syncytium.launcher.scenario.TestKernels;

class SweepRunnerTest {

    private static final Scenario SINGLE = Scenario.load(Path.of("..", "examples", "single_neuron.yaml"));

    @Test
    void pointsKeepTheirOrderAndReportProgress() {
        StringWriter progress = new StringWriter();
        SweepRunner runner = new SweepRunner(SINGLE, TestKernels.factory(), name -> true, SummaryBuilder.standard());
        List<SweepPoint> points = runner.run(SweepSpec.parse("I_e=0,200,400"), List.of("simtime=50"), List.of(), null, 2,
                new PrintWriter(progress));
        assertEquals(List.of("0", "200", "400"), points.stream().map(SweepPoint::value).toList());
        assertEquals(0.0, points.get(0).metric("rate_hz"));
        assertTrue(points.get(2).metric("rate_hz") > points.get(1).metric("rate_hz"));
        assertTrue(progress.toString().contains("[ 3/3 ]"), progress.toString());
    }

    @Test
    void seedsNeedASeedParameter() {
        LauncherException e = assertThrows(LauncherException.class, () -> SweepRunner.pointParameters(SINGLE, List.of(),
                SweepSpec.parse("I_e=1"), "1", 3L));
        assertTrue(e.getMessage().contains("no parameter \"seed\""), e.getMessage());
    }

    @Test
    void badValuesFailBeforeAnythingRuns() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepRunner.pointParameters(SINGLE, List.of(),
                SweepSpec.parse("I_e=abc"), "abc", null));
        assertTrue(e.getMessage().contains("must be a number"), e.getMessage());
        assertThrows(ScenarioException.class, () -> SweepRunner.pointParameters(SINGLE, List.of(),
                SweepSpec.parse("I_ee=1"), "1", null));
    }
}
