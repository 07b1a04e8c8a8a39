package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --report}: report.html opened in headless Chromium (Debian's {@code chromium}, which
 * .ci/run installs). The page must parse, contain every section, decode every embedded figure
 * (the page's own script marks {@code data-figures="ok N"}) and draw something visible.
 */
class ReportIT {

    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--virtual-time-budget=10000");

    @TempDir
    Path folder;

    private static String chromium() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(name))) {
                return name;
            }
        }
        return null;
    }

    private List<String> command(String... extra) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(chromium());
        command.addAll(CHROMIUM_FLAGS);
        command.add("--user-data-dir=" + Files.createTempDirectory(folder, "chromium-profile-"));
        command.addAll(List.of(extra));
        return command;
    }

    @Test
    void reportOpensInHeadlessChromiumWithEveryFigure() throws Exception {
        ExternalTools.require(chromium() != null, "chromium (Debian package chromium) is missing");
        Path out = folder.resolve("run");
        CommandsIT.Outcome run = CommandsIT.run("run", "../examples/single_neuron.yaml", "--set", "simtime=50", "--report",
                "--out", out.toString(), "--bundles", DistributionFolders.bundles().toString());
        assertEquals(0, run.status(), run.err());
        Path report = out.resolve("report.html");
        String html = Files.readString(report);
        for (String section : List.of("id=\"summary\"", "id=\"figures\"", "id=\"wfr\"", "id=\"parameters\"",
                "id=\"kernel\"", "id=\"bundles\"", "org.syncytium.core", "spikes.h5")) {
            assertTrue(html.contains(section), section);
        }
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "self-contained: no links out");

        ExternalTools.Result dom = ExternalTools.run(command("--dump-dom", report.toUri().toString()), 180);
        assertEquals(0, dom.status(), dom.output());
        Matcher marker = Pattern.compile("data-figures=\"([^\"]*)\"").matcher(dom.output());
        assertTrue(marker.find(), "no body marker in the DOM Chromium built:\n" + dom.output());
        assertEquals("ok 2", marker.group(1), "raster and V_m figure decode");
        assertTrue(dom.output().contains("<h2 id=\"wfr\">"), "the DOM has the sections");

        Path screenshot = folder.resolve("report.png");
        ExternalTools.Result shot = ExternalTools.run(command("--screenshot=" + screenshot, "--window-size=1200,2400",
                report.toUri().toString()), 180);
        assertEquals(0, shot.status(), shot.output());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 2000, "the screenshot is nearly blank: " + dark + " dark samples");
    }
}
