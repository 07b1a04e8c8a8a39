package org.syncytium.launcher.figures;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.syncytium.launcher.transaction.FileContent;

/**
 * One chart as file contents: a PNG for viewing and an SVG (vector, editable, scales for print)
 * drawn from the same {@link JFreeChart}, so both show the same thing. Sizes are in pixels (the
 * SVG uses them as its user units).
 */
public final class ChartFiles {

    static {
        // JFreeChart draws rotated text (the y-axis labels) as glyph outlines by default, a
        // workaround for JDK bugs of long ago; without it the SVG keeps them as text, searchable
        // and editable, and the PNG looks the same on JDK 17+
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartFiles() {
    }

    /** The PNG of {@code chart} at {@code width} × {@code height} pixels. */
    public static FileContent png(JFreeChart chart, int width, int height) {
        return out -> ChartUtils.writeChartAsPNG(out, chart, width, height);
    }

    /** The SVG document of {@code chart} with a {@code width} × {@code height} canvas. */
    public static FileContent svg(JFreeChart chart, int width, int height) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(svgDocument(chart, width, height));
            writer.flush();
        };
    }

    /** The SVG document as text (also inlined by the HTML report). */
    public static String svgDocument(JFreeChart chart, int width, int height) throws IOException {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGDocument();
    }
}
