package org.syncytium.launcher.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.syncytium.launcher.scenario.Recorded;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.transaction.OutputTransaction;

/**
 * Writes the files of a finished run into its output folder: one CSV per spike recorder and
 * multimeter, {@code summary.json} and {@code raster.png}, through the run's
 * {@link OutputTransaction} (all files appear together or none does).
 */
public final class RunOutputs {

    private RunOutputs() {
    }

    /**
     * Reads back spikes that recorders wrote into {@code recordingFolder} (record_to ascii), so the
     * summary and the raster plot can use them. Call after the simulator was closed (files complete).
     */
    public static RunResult loadRecordedFiles(RunResult run, Path recordingFolder) {
        List<Recorded> loaded = new ArrayList<>();
        for (Recorded recorded : run.recorded()) {
            loaded.add(recorded.onDisk() && recorded.kind().equals("spikes")
                    ? recorded.withEvents(SpikeCsv.read(recordingFolder.resolve(recorded.file()))) : recorded);
        }
        return run.withRecorded(loaded);
    }

    /**
     * Writes the launcher's files of a run into {@code outputs} (files recorders streamed into its
     * staging folder are already there) and returns the summary. The caller commits.
     *
     * @param raster false to skip the PNG
     */
    public static Map<String, Object> write(OutputTransaction outputs, RunResult run, SummaryBuilder summaries, boolean raster) {
        Map<String, Object> summary = summaries.build(run);
        for (Recorded recorded : run.recorded()) {
            if (recorded.file() == null || recorded.onDisk()) {
                continue;
            }
            outputs.write(recorded.file(), recorded.kind().equals("spikes")
                    ? CsvTables.spikes(recorded.events()) : CsvTables.samples(recorded.events()));
        }
        outputs.write("summary.json", Json.of(summary));
        if (raster && run.spikes().isPresent()) {
            Object rate = summary.get("rate_hz");
            outputs.write("raster.png", RasterPlot.png(run.spikes().get().events(), run.simtimeMs(),
                    rate instanceof Number n ? n.doubleValue() : Double.NaN, run.spikes().get().observed()));
        }
        return summary;
    }
}
