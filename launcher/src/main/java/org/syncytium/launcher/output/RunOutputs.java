package org.syncytium.launcher.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Writes everything from events in memory and returns the summary. */
    public static Map<String, Object> write(Path folder, RunResult run, SummaryBuilder summaries, boolean raster) {
        return write(folder, run, summaries, raster, null);
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
     * Writes everything and returns the summary.
     *
     * @param raster          false to skip the PNG (sweeps)
     * @param recordingFolder where recorders wrote their files (record_to ascii); they are moved in
     *                        with the others; null if every recording is in memory
     */
    public static Map<String, Object> write(Path folder, RunResult run, SummaryBuilder summaries, boolean raster,
            Path recordingFolder) {
        AtomicOutput output = new AtomicOutput(folder);
        Map<String, Object> summary = summaries.build(run);
        try {
            for (Recorded recorded : run.recorded()) {
                if (recorded.file() == null) {
                    continue;
                }
                if (recorded.onDisk()) {
                    output.adopt(recordingFolder.resolve(recorded.file()), recorded.file());
                    continue;
                }
                output.write(recorded.file(), recorded.kind().equals("spikes")
                        ? CsvTables.spikes(recorded.events()) : CsvTables.samples(recorded.events()));
            }
            output.write("summary.json", Json.of(summary));
            if (raster && run.spikes().isPresent()) {
                Object rate = summary.get("rate_hz");
                output.write("raster.png", RasterPlot.png(run.spikes().get().events(), run.simtimeMs(),
                        rate instanceof Number n ? n.doubleValue() : Double.NaN, run.spikes().get().observed()));
            }
            output.commit();
            return summary;
        } catch (IOException | RuntimeException e) {
            output.abort();
            throw new LauncherException("cannot write the outputs in " + folder + ": " + e.getMessage(), e);
        }
    }
}
