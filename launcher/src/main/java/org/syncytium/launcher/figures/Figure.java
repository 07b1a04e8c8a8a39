package org.syncytium.launcher.figures;

import java.io.IOException;

import org.jfree.chart.JFreeChart;
import org.syncytium.launcher.transaction.FileContent;

/**
 * One figure of a run: a chart, the base name of its files ({@code name}.png and {@code name}.svg
 * in the output folder) and a one-line caption (used by the HTML report).
 *
 * @param name    file base name, e.g. {@code raster}
 * @param caption what the figure shows, one sentence
 * @param chart   the chart, drawn identically into both files
 * @param width   canvas width in pixels
 * @param height  canvas height in pixels
 */
public record Figure(String name, String caption, JFreeChart chart, int width, int height) {

    /** The PNG file's name. */
    public String pngName() {
        return name + ".png";
    }

    /** The SVG file's name. */
    public String svgName() {
        return name + ".svg";
    }

    /** The PNG content. */
    public FileContent png() {
        return ChartFiles.png(chart, width, height);
    }

    /** The SVG content. */
    public FileContent svg() {
        return ChartFiles.svg(chart, width, height);
    }

    /** The SVG document as text. */
    public String svgDocument() throws IOException {
        return ChartFiles.svgDocument(chart, width, height);
    }
}
