package org.syncytium.launcher.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.figures.Figure;
import org.syncytium.launcher.figures.RunFigures;
import org.syncytium.launcher.formats.GdfSpikeFile;
import org.syncytium.launcher.formats.SonataSpikeFile;
import org.syncytium.launcher.report.RunReport;
import org.syncytium.launcher.scenario.Recorded;
import org.syncytium.launcher.scenario.RunResult;
import org.syncytium.launcher.transaction.OutputTransaction;

/**
 * Writes the files of a finished run into its output folder through the run's
 * {@link OutputTransaction} (all files appear together or none does): one CSV per spike recorder
 * and multimeter, the SONATA ({@code .h5}) and gdf files of each spike recorder,
 * {@code summary.json}, every figure as PNG and SVG ({@code raster}, one V_m figure per multimeter
 * recording V_m) and, if asked, {@code report.html}.
 */
public final class RunOutputs {

    /** The HTML report's file name. */
    public static final String REPORT = "report.html";

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
     * @param raster false to skip the figures
     */
    public static Map<String, Object> write(OutputTransaction outputs, RunResult run, SummaryBuilder summaries, boolean raster) {
        return write(outputs, run, summaries, raster, null);
    }

    /**
     * Writes everything, and {@code report.html} if {@code reportBundles} is not null.
     *
     * @param reportBundles the bundles of the distribution that ran (listed in the report), or null
     *                      for no report
     */
    public static Map<String, Object> write(OutputTransaction outputs, RunResult run, SummaryBuilder summaries, boolean raster,
            List<BundleInfo> reportBundles) {
        Map<String, Object> summary = summaries.build(run);
        SummaryBuilder.relocateDataPath(summary, outputs.staging(), outputs.folder());
        List<String> files = new ArrayList<>();
        for (Recorded recorded : run.recorded()) {
            if (recorded.file() == null) {
                continue;
            }
            files.add(recorded.file());
            if (!recorded.onDisk()) {
                outputs.write(recorded.file(), recorded.kind().equals("spikes")
                        ? CsvTables.spikes(recorded.events()) : CsvTables.samples(recorded.events()));
            }
            if (recorded.formats() != null) {
                files.addAll(writeSpikeFormats(outputs, recorded));
            }
        }
        outputs.write("summary.json", Json.of(summary));
        files.add("summary.json");
        List<Figure> figures = raster || reportBundles != null ? RunFigures.of(run, outputs.staging()) : List.of();
        if (raster) {
            for (Figure figure : figures) {
                outputs.write(figure.pngName(), figure.png());
                outputs.write(figure.svgName(), figure.svg());
                files.add(figure.pngName());
                files.add(figure.svgName());
            }
        }
        if (reportBundles != null) {
            files.add(REPORT);
            files.add(OutputTransaction.MANIFEST);
            files.sort(null);
            outputs.write(REPORT, RunReport.html(run, summary, figures, files, reportBundles));
        }
        return summary;
    }

    /** The SONATA and gdf files of a spikes entry, named after its CSV file; returns their names. */
    private static List<String> writeSpikeFormats(OutputTransaction outputs, Recorded spikes) {
        String base = spikes.file().replaceFirst("\\.csv$", "");
        Recorded.SpikeFormats formats = spikes.formats();
        List<String> names = new ArrayList<>();
        if (formats.has("sonata")) {
            String name = base + ".h5";
            // jhdf writes to a path, not a stream: write it in the transaction's scratch folder, then
            // adopt it, so it is committed with the others (or deleted if anything fails)
            Path scratch = outputs.scratch().resolve(name);
            try {
                SonataSpikeFile.write(scratch, spikes.events(), formats.population(), formats.populationFirstId());
            } catch (IOException e) {
                throw new LauncherException(e.getMessage(), e);
            }
            outputs.adopt(scratch, name);
            names.add(name);
        }
        if (formats.has("gdf")) {
            outputs.write(base + ".gdf", GdfSpikeFile.of(spikes.events()));
            names.add(base + ".gdf");
        }
        return names;
    }
}
