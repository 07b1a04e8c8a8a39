package org.syncytium.launcher.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.figures.Figure;
import org.syncytium.launcher.transaction.FileContent;
import org.syncytium.launcher.scenario.RunResult;

/**
 * {@code report.html}: one HTML file that holds a whole run, so it can be mailed or attached as
 * it is: the summary metrics, every figure (SVG embedded as data URIs: no other file, no network),
 * the waveform-relaxation statistics with the histogram of iterations per interval, the effective
 * parameters, the kernel settings, the list of output files and the bundles (name and version) the
 * run used. A small inline script marks on {@code <body data-figures=...>} whether every figure
 * decoded, which the tests read in headless Chromium.
 */
public final class RunReport {

    private RunReport() {
    }

    /**
     * The page.
     *
     * @param run     what the run produced
     * @param summary summary.json's content
     * @param figures the figures written beside it
     * @param files   names of the run's output files
     * @param bundles the bundles of the distribution that ran
     */
    public static FileContent html(RunResult run, Map<String, Object> summary, List<Figure> figures,
            List<String> files, List<BundleInfo> bundles) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(page(run, summary, figures, files, bundles));
            writer.flush();
        };
    }

    static String page(RunResult run, Map<String, Object> summary, List<Figure> figures, List<String> files,
            List<BundleInfo> bundles) throws IOException {
        StringBuilder html = new StringBuilder(1 << 16);
        String title = "Syncytium run: " + run.scenario();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em auto;max-width:1040px;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;")
                .append("text-align:left;font-size:14px}th{background:#f2f2f2}td.n{text-align:right;font-family:monospace}")
                .append("figure{margin:1em 0 2em}img{max-width:100%;border:1px solid #ddd}figcaption{font-size:14px;color:#555}")
                .append("\n</style>\n</head>\n<body data-figures=\"pending\">\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(String.format(Locale.ROOT, "%.1f ms simulated", run.simtimeMs()))
                .append("; report written ").append(escape(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .append(". Everything below is in this one file.</p>\n");

        html.append("<h2 id=\"summary\">Summary</h2>\n");
        table(html, List.of("metric", "value"), summary.entrySet().stream()
                .filter(e -> !e.getKey().equals("parameters") && !e.getKey().equals("kernel") && !e.getKey().equals("scenario"))
                .map(e -> List.of(e.getKey(), text(e.getValue()))).toList());

        html.append("<h2 id=\"figures\">Figures</h2>\n");
        for (Figure figure : figures) {
            String svg = Base64.getEncoder().encodeToString(figure.svgDocument().getBytes(StandardCharsets.UTF_8));
            html.append("<figure id=\"figure-").append(escape(figure.name())).append("\"><img alt=\"")
                    .append(escape(figure.caption())).append("\" width=\"").append(figure.width()).append("\" src=\"data:image/svg+xml;base64,")
                    .append(svg).append("\"><figcaption>").append(escape(figure.svgName())).append(" / ")
                    .append(escape(figure.pngName())).append(": ").append(escape(figure.caption())).append("</figcaption></figure>\n");
        }
        if (figures.isEmpty()) {
            html.append("<p>This run recorded nothing to draw.</p>\n");
        }

        html.append("<h2 id=\"wfr\">Waveform relaxation</h2>\n");
        Map<String, Object> kernel = run.kernelStatus();
        table(html, List.of("statistic", "value"), List.of("wfr_iterations_mean", "wfr_iterations_max",
                "wfr_max_iterations_reached", "wfr_tol", "wfr_max_iterations", "wfr_interpolation_order", "wfr_comm_interval",
                "use_wfr").stream().filter(kernel::containsKey).map(k -> List.of(k, text(kernel.get(k)))).toList());
        Object histogram = kernel.get("wfr_iterations_histogram");
        if (histogram instanceof Map<?, ?> counts && !counts.isEmpty()) {
            html.append("<p>Communication intervals by the number of WFR iterations they took:</p>\n");
            table(html, List.of("iterations", "intervals"), counts.entrySet().stream()
                    .map(e -> List.of(String.valueOf(e.getKey()), String.valueOf(e.getValue()))).toList());
        }

        html.append("<h2 id=\"parameters\">Parameters</h2>\n");
        table(html, List.of("parameter", "value"), run.parameters().entrySet().stream()
                .map(e -> List.of(e.getKey(), text(e.getValue()))).toList());
        html.append("<h2 id=\"kernel\">Kernel status after the run</h2>\n");
        table(html, List.of("setting", "value"), kernel.entrySet().stream()
                .filter(e -> e.getValue() instanceof Number || e.getValue() instanceof Boolean || e.getValue() instanceof String)
                .map(e -> List.of(e.getKey(), text(e.getValue()))).toList());
        html.append("<h2 id=\"files\">Output files</h2>\n<ul>\n");
        for (String file : files) {
            html.append("<li>").append(escape(file)).append("</li>\n");
        }
        html.append("</ul>\n<h2 id=\"bundles\">Bundles</h2>\n");
        table(html, List.of("id", "bundle", "version", "state"), bundles.stream()
                .map(b -> List.of(Long.toString(b.id()), b.symbolicName(), b.version(), b.state())).toList());
        html.append("<script>\nwindow.addEventListener('load', function () {\n")
                .append("  var images = Array.prototype.slice.call(document.images);\n")
                .append("  var broken = images.filter(function (i) { return !(i.complete && i.naturalWidth > 0); });\n")
                .append("  document.body.setAttribute('data-figures', broken.length ? 'broken ' + broken.length : 'ok ' + images.length);\n")
                .append("});\n</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, List<String> header, List<List<String>> rows) {
        html.append("<table>\n<tr>");
        for (String cell : header) {
            html.append("<th>").append(escape(cell)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(c == 0 ? "<td>" : "<td class=\"n\">").append(escape(row.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String text(Object value) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return "n/a";
        }
        if (value instanceof List<?> list) {
            return list.toString();
        }
        return String.valueOf(value);
    }

    /** Text safe in HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
