package org.syncytium.launcher.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.record.Events;
import org.syncytium.launcher.output.SampleCsv;
import org.syncytium.launcher.scenario.Recorded;
import org.syncytium.launcher.scenario.RunResult;

/**
 * The figures of one run: the raster of the first spikes entry ({@code raster}), one V_m
 * figure per multimeter that recorded V_m and one weight figure per weight recorder (each named
 * after its CSV file).
 */
public final class RunFigures {

    private RunFigures() {
    }

    /**
     * @param recordingFolder where recorders wrote their files during the run (their samples are
     *                        read back from there), or null if every recording is in memory
     */
    public static List<Figure> of(RunResult run, Path recordingFolder) {
        List<Figure> figures = new ArrayList<>();
        run.spikes().filter(spikes -> spikes.observed() > 0).ifPresent(spikes -> figures.add(
                RasterFigure.of(spikes.events(), spikes.firstObservedId(), spikes.observed(), run.simtimeMs())));
        for (Recorded recorded : run.recorded()) {
            if (recorded.kind().equals("weights") && recorded.file() != null) {
                Events weights = recorded.onDisk() && recordingFolder != null
                        ? SampleCsv.read(recordingFolder.resolve(recorded.file()), id -> true) : recorded.events();
                if (WeightFigure.applies(weights)) {
                    figures.add(WeightFigure.of(recorded.file().replaceFirst("\\.csv$", ""), weights, run.simtimeMs()));
                }
                continue;
            }
            if (!recorded.kind().equals("multimeter") || recorded.file() == null) {
                continue;
            }
            Events samples = recorded.events();
            if (recorded.onDisk() && recordingFolder != null) {
                long first = recorded.firstObservedId();
                samples = SampleCsv.read(recordingFolder.resolve(recorded.file()),
                        id -> id >= first && id < first + VoltageFigure.MAX_TRACES);
            }
            if (VoltageFigure.applies(samples)) {
                String name = recorded.file().replaceFirst("\\.csv$", "");
                figures.add(VoltageFigure.of(name.equals("raster") ? name + "_vm" : name, samples, run.simtimeMs()));
            }
        }
        return figures;
    }
}
