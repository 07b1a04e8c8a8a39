package org.syncytium.launcher.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.scenario.Recorded;
import org.syncytium.launcher.scenario.RunResult;

/**
 * Writes the files of a finished run into its output folder: one CSV per spike recorder and
 * multimeter, {@code summary.json} and {@code raster.png}. All files appear together or, if any
 * fails, none does.
 */
public final class RunOutputs {

    private RunOutputs() {
    }

    /**
     * Writes everything and returns the summary.
     *
     * @param raster false to skip the PNG (sweeps)
     */
    public static Map<String, Object> write(Path folder, RunResult run, SummaryBuilder summaries, boolean raster) {
        AtomicOutput output = new AtomicOutput(folder);
        Map<String, Object> summary = summaries.build(run);
        try {
            for (Recorded recorded : run.recorded()) {
                if (recorded.file() == null) {
                    continue;
                }
                output.write(recorded.file(), recorded.kind().equals("spikes")
                        ? CsvTables.spikes(recorded.events()) : CsvTables.samples(recorded.events()));
            }
            output.write("summary.json", Json.of(summary));
            if (raster && run.spikes().isPresent()) {
                Object rate = summary.get("rate_hz");
                output.write("raster.png", RasterPlot.png(run.spikes().get().events(), run.simtimeMs(),
                        rate instanceof Number n ? n.doubleValue() : Double.NaN));
            }
            output.commit();
            return summary;
        } catch (IOException | RuntimeException e) {
            output.abort();
            throw new LauncherException("cannot write the outputs in " + folder + ": " + e.getMessage(), e);
        }
    }
}
